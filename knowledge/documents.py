"""Reading a source file into a Document: front matter, encoding checks, paragraphs.

Files come from users (`wenze ingest PATH`), so every way a file can be unusable gets its own
clear message instead of a traceback or, worse, a half-written index.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from .errors import DocumentError

SUFFIXES = {".md", ".txt"}
KINDS = {"regulation", "report", "article"}
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
# Zero-width and bidi-control characters hide text from a reader; they never belong in a source.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


@dataclass(frozen=True)
class Document:
    """One source document, its paragraphs cleaned of markup but otherwise verbatim."""

    id: str
    title: str
    kind: str
    paragraphs: list[str]
    issuer: str | None = None
    date: str | None = None
    lacks: str | None = None
    path: str | None = None
    # set by an operator who has checked the document: 现行有效 / 已废止 / …, and when
    status: str | None = None
    checked: str | None = None
    meta: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def shipped_source_paths() -> list[Path]:
    """The documents the project ships; `wenze ingest` with no path ingests these."""
    folder = resources.files("knowledge") / "sources"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".md"))


def _decode(raw: bytes, name: str) -> str:
    if not raw.strip():
        raise DocumentError(f"{name}：文件是空的，没有可导入的内容。")
    if b"\x00" in raw[:4096]:
        raise DocumentError(f"{name}：看起来是二进制文件，只能导入 UTF-8 编码的 .md 或 .txt 文本。")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        raw.decode("gb18030")
    except UnicodeDecodeError:
        raise DocumentError(f"{name}：不是 UTF-8 文本，无法识别其编码。请另存为 UTF-8 后再导入。") from None
    raise DocumentError(
        f"{name}：文件是 GBK/GB18030 编码，不是 UTF-8。请先转换，例如 iconv -f GB18030 -t UTF-8 {name} > new.md"
    )


def _slug(stem: str) -> str:
    slug = re.sub(r"[^0-9A-Za-z\u4e00-\u9fff_-]+", "-", stem).strip("-").lower()
    return slug or "doc"


def _paragraphs(body: str) -> list[str]:
    """Split on lines; strip Markdown heading marks; drop empty lines."""
    out = []
    for line in body.splitlines():
        line = _INVISIBLE.sub("", unicodedata.normalize("NFC", line)).strip()
        line = re.sub(r"^#{1,6}\s+", "", line)
        if line:
            out.append(line)
    return out


def parse_text(text: str, *, name: str, default_id: str) -> Document:
    """Build a Document from decoded text; front matter is optional (the title is then the first line)."""
    meta: dict = {}
    m = _FRONT.match(text)
    if m:
        try:
            meta = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError as err:
            raise DocumentError(f"{name}：文件头（front matter）不是合法的 YAML：{err}") from None
        if not isinstance(meta, dict):
            raise DocumentError(f"{name}：文件头（front matter）应当是键值对。")
        text = text[m.end():]
    paras = _paragraphs(text)
    if not paras:
        raise DocumentError(f"{name}：除文件头外没有正文。")
    title = str(meta.get("title") or "").strip()
    if title:
        if paras[0] == title:
            paras = paras[1:]
    else:
        title, paras = paras[0], paras[1:]
    if not paras:
        raise DocumentError(f"{name}：只有标题，没有正文。")
    kind = str(meta.get("kind") or "").strip() or None
    if kind is not None and kind not in KINDS:
        raise DocumentError(f"{name}：kind 应为 regulation、report 或 article 之一，而不是 {kind!r}。")
    date = meta.get("date")
    if isinstance(date, dt.date):
        date = date.isoformat()
    checked = meta.get("checked")
    if isinstance(checked, dt.date):
        checked = checked.isoformat()
    return Document(
        id=_slug(str(meta.get("id") or default_id)),
        title=title,
        kind=kind or "",
        paragraphs=paras,
        issuer=(str(meta["issuer"]) if meta.get("issuer") else None),
        date=(str(date) if date else None),
        lacks=(str(meta["lacks"]) if meta.get("lacks") else None),
        path=None,
        status=(str(meta["status"]).strip() if meta.get("status") else None),
        checked=(str(checked) if checked else None),
        meta=meta,
    )


def load_document(path: Path) -> Document:
    """Read one .md or .txt file; raise DocumentError with a user-facing message when unusable."""
    path = Path(path)
    name = path.name
    if path.suffix.lower() not in SUFFIXES:
        raise DocumentError(f"{name}：只支持 .md 和 .txt 文件。")
    if not path.is_file():
        raise DocumentError(f"{name}：文件不存在。")
    doc = parse_text(_decode(path.read_bytes(), name), name=name, default_id=path.stem)
    return Document(**{**doc.__dict__, "path": str(path)})
