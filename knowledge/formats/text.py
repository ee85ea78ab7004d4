"""Plain text (.txt, .md): UTF-8, or GBK/GB18030 as Chinese offices still save it, decoded and said."""
from __future__ import annotations

from ..errors import DocumentError
from . import Extracted


def decode(raw: bytes, name: str) -> tuple[str, str | None]:
    """The text and, when it was not UTF-8, the encoding found: GB18030/GBK (GBK's characters, which
    both encode alike), or GB18030 (characters beyond GBK)."""
    if b"\x00" in raw[:4096]:
        raise DocumentError(f"{name}：看起来是二进制文件，不是文本；请导入 .docx、.pdf、.html、.md 或 .txt。")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    for encoding, label in (("gbk", "GB18030/GBK"), ("gb18030", "GB18030")):
        try:
            return raw.decode(encoding), label
        except UnicodeDecodeError:
            continue
    raise DocumentError(f"{name}：既不是 UTF-8 也不是 GBK/GB18030 文本，无法识别其编码。请另存为 UTF-8 后再导入。")


def read(raw: bytes, name: str) -> Extracted:
    text, encoding = decode(raw, name)
    notices = [f"文件是 {encoding} 编码，已按 {encoding} 解码。"] if encoding else []
    return Extracted(text=text, notices=notices)
