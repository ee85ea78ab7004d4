"""Word (.docx) through python-docx: paragraph text, heading styles and automatic numbering.

Word files from internal systems often carry structure in styles rather than in the text: the
title in the Title style, chapters in Heading styles, and 第X条 or （一） typed by Word's automatic
numbering, so the number is not in the paragraph's text at all. The numbering is rendered here from
the file's own numbering definitions (lvlText, numFmt), as Word shows it.
"""
from __future__ import annotations

import io
import re
import zipfile

import cn2an

from ..errors import DocumentError
from . import Extracted

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word's numFmt values for Chinese counting; everything else is shown as arabic digits.
_CHINESE_FORMATS = {"chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
                    "ideographLegalTraditional", "taiwaneseCounting", "taiwaneseCountingThousand"}


def _chinese(n: int) -> str:
    return cn2an.an2cn(n)


class _Numbering:
    """Counters per list and level, rendered with the file's own level texts (e.g. 第%1条, （%1）)."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except NotImplementedError:   # no numbering part: python-docx cannot create one to read
            return
        abstract = {}
        for a in root.findall(f"{_W}abstractNum"):
            lvls = {}
            for lvl in a.findall(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                text = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                lvls[int(lvl.get(f"{_W}ilvl"))] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else "",
                    int(start.get(f"{_W}val")) if start is not None else 1)
            abstract[a.get(f"{_W}abstractNumId")] = lvls
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None and ref.get(f"{_W}val") in abstract:
                self.levels[num.get(f"{_W}numId")] = abstract[ref.get(f"{_W}val")]

    def label(self, num_id: str, ilvl: int) -> str:
        lvls = self.levels.get(num_id)
        if not lvls or ilvl not in lvls:
            return ""
        count = self.counters.setdefault(num_id, {})
        for deeper in [k for k in count if k > ilvl]:      # a higher level restarts the ones below
            del count[deeper]
        count[ilvl] = count.get(ilvl, lvls[ilvl][2] - 1) + 1

        def render(m: re.Match) -> str:
            level = int(m.group(1)) - 1
            fmt = lvls.get(level, ("decimal", "", 1))[0]
            n = count.get(level, lvls.get(level, ("", "", 1))[2])
            if fmt == "bullet" or fmt == "none":
                return ""
            return _chinese(n) if fmt in _CHINESE_FORMATS else str(n)

        fmt, text, _ = lvls[ilvl]
        if fmt in ("bullet", "none"):
            return ""
        return re.sub(r"%(\d)", render, text)


def _num_pr(paragraph):
    """(numId, ilvl) of a paragraph's own numbering or its style's."""
    for holder in (paragraph._p.pPr, getattr(paragraph.style.element, "pPr", None) if paragraph.style else None):
        if holder is None:
            continue
        pr = holder.find(f"{_W}numPr")
        if pr is not None:
            num = pr.find(f"{_W}numId")
            lvl = pr.find(f"{_W}ilvl")
            if num is not None and num.get(f"{_W}val") != "0":
                return num.get(f"{_W}val"), int(lvl.get(f"{_W}val")) if lvl is not None else 0
    return None


def read(raw: bytes, name: str) -> Extracted:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise DocumentError(f"{name}：不是有效的 Word（.docx）文件。旧版 .doc 请先在 Word 中另存为 .docx。")
    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as err:
        raise DocumentError(f"{name}：扩展名是 .docx，但内容不是 Word 文档（{err.__class__.__name__}），没有导入。") from None
    numbering = _Numbering(document)
    meta: dict = {}
    lines: list[str] = []
    numbered = 0
    for p in document.paragraphs:
        text = re.sub(r"\s*\n\s*", "", p.text).strip()     # soft line breaks inside a paragraph
        style = p.style.name if p.style is not None else ""
        pr = _num_pr(p)
        if pr:
            label = numbering.label(*pr)
            if label and not text.startswith(label):
                text = f"{label} {text}" if label.endswith(("条", "章", "节", "编")) else label + text
                numbered += 1
        if not text:
            continue
        if style == "Title" and "title" not in meta:
            meta["title"] = text
        lines.append(text)
    if not lines:
        raise DocumentError(f"{name}：Word 文档中没有文字。")
    notices = []
    if numbered:
        notices.append(f"按 Word 自动编号补出了 {numbered} 处编号（如“第X条”“（一）”）。")
    if "title" in meta:
        notices.append("标题取自“标题”样式。")
    return Extracted(text="\n".join(lines), meta=meta, notices=notices)
