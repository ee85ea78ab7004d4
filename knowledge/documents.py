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
from .formats import DOC_NUMBER, SUFFIXES, read

KINDS = {"regulation", "report", "article"}
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
# Where the text before the first article or chapter ends: the preamble (title, number, date) is above it.
_STRUCTURE = re.compile(r"^第[一二三四五六七八九十百零〇两0-9０-９]+[编章节条]")
DATE_LINE = re.compile(r"^[（(]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]?$")
PREAMBLE_LINES = 6      # a document number or date line is read only near the top
# Zero-width and bidi-control characters hide text from a reader; they never belong in a source.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# Markdown strong emphasis around a span of one line: **第一条**, __（一）__.
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
# Straight double quotes around a Chinese span: 所称"以上""以下"，包括本数 (typed on a Western keyboard).
_STRAIGHT = re.compile(r'"([^"\n]*)"')
_CJK = re.compile(r"[\u4e00-\u9fff]")


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
    number: str | None = None            # the document number, 青政发〔2031〕7号, when it could be read
    format: str = ""                     # the reader that read it (Word, PDF, 网页, 文本)
    notices: list[str] = field(default_factory=list)   # what the reader decoded or removed

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def shipped_source_paths() -> list[Path]:
    """The documents the project ships; `wenze ingest` with no path ingests these."""
    folder = resources.files("knowledge") / "sources"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".md"))


def _slug(stem: str) -> str:
    slug = re.sub(r"[^0-9A-Za-z\u4e00-\u9fff_-]+", "-", stem).strip("-").lower()
    return slug or "doc"


def _paragraphs(body: str) -> list[str]:
    """Split on lines; strip Markdown heading marks and strong emphasis; drop empty lines.

    Editors and chat models often mark article labels bold (**第一条**); left in, the marks hide
    every article from the parser and the file ingests as nothing. The paired marks are removed by
    rule, not by a CommonMark renderer: CommonMark's flanking rules leave emphasis beside full-width
    punctuation open (**（一）**文字 stays as it is), and a renderer would also read a lone * as
    italics (3*4*5). Single * and _ are left alone for that reason.

    Straight double quotes typed for Chinese ones ("以上""以下"，包括本数) are made the Chinese pair
    they stand for, on a line where they pair up: every reading of a quoted term (a definition of
    the bound words, 以下简称“…”) reads the Chinese quotes, and the straight ones hid those terms.
    """
    out = []
    for line in body.splitlines():
        line = _INVISIBLE.sub("", unicodedata.normalize("NFC", line)).strip()
        line = re.sub(r"^#{1,6}\s+", "", line)
        line = _STRONG.sub(r"\2", line)
        if line.count('"') % 2 == 0 and _CJK.search(line):
            line = _STRAIGHT.sub(r"“\1”", line)
        if line:
            out.append(line)
    return out


def _preamble_facts(paras: list[str]) -> dict:
    """The document number and date printed above the first article or chapter, when they are there."""
    found: dict = {}
    for p in paras[:PREAMBLE_LINES]:
        if _STRUCTURE.match(p):
            break
        if "number" not in found and (m := DOC_NUMBER.fullmatch(re.sub(r"\s+", "", p))):
            found["number"] = m.group(0)
        elif "date" not in found and (m := DATE_LINE.match(p)):
            found["date"] = "-".join((m.group(1), f"{int(m.group(2)):02d}", f"{int(m.group(3)):02d}"))
    return found


def parse_text(text: str, *, name: str, default_id: str, read_meta: dict | None = None) -> Document:
    """Build a Document from decoded text; front matter is optional (the title is then the first line).

    `read_meta` is what a format reader found (a Word title style, a web page's issuer); the
    file's own YAML front matter wins over it."""
    meta: dict = dict(read_meta or {})
    m = _FRONT.match(text)
    if m:
        try:
            given = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError as err:
            raise DocumentError(f"{name}：文件头（front matter）不是合法的 YAML：{err}") from None
        if not isinstance(given, dict):
            raise DocumentError(f"{name}：文件头（front matter）应当是键值对。")
        meta.update(given)
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
    for key, value in _preamble_facts(paras).items():
        meta.setdefault(key, value)
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
        number=(re.sub(r"\s+", "", str(meta["number"])) if meta.get("number") else None),
    )


def load_document(path: Path, *, title: str | None = None) -> Document:
    """Read one file in any supported format; raise DocumentError with a user-facing message when
    unusable. `title` (a Telegram caption) overrides the title the file gives."""
    path = Path(path)
    got = read(path)
    meta = {**got.meta, "title": title.strip()} if title and title.strip() else got.meta
    doc = parse_text(got.text, name=path.name, default_id=path.stem, read_meta=meta)
    return Document(**{**doc.__dict__, "path": str(path), "format": got.format, "notices": got.notices})
