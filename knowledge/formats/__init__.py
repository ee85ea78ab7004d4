"""Readers of the file formats officials hold regulations in, one small module per format.

Each reader turns a file into plain text (one paragraph per line) plus what it could read of the
front matter (title, issuer, date, document number), and says what it decoded or removed. The
text then goes through the one article-aware parser (knowledge/parsing.py), whatever the format,
so a regulation reads into the same articles from Word, PDF, a saved web page or plain text.
No reader parses a file format by hand: python-docx, pdfplumber and trafilatura do.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DocumentError

# suffix -> (module name, format name shown to users)
READERS = {
    ".md": ("text", "文本"), ".txt": ("text", "文本"),
    ".docx": ("word", "Word"),
    ".pdf": ("pdf", "PDF"),
    ".html": ("web", "网页"), ".htm": ("web", "网页"),
}
SUFFIXES = set(READERS)
# A document number as printed under a title or in a portal's table: 青政发〔2031〕7号, 深发[2009]12号.
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d+\s*号")


@dataclass
class Extracted:
    """A file read into text: paragraphs one per line, front matter found, notices for the user."""

    text: str
    meta: dict = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    format: str = ""


def read(path: Path) -> Extracted:
    """Read one file with the reader its suffix names; DocumentError (Chinese) when unusable."""
    import importlib

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise DocumentError(f"{path.name}：只支持 .docx、.pdf、.html/.htm、.md 和 .txt 文件。")
    if not path.is_file():
        raise DocumentError(f"{path.name}：文件不存在。")
    raw = path.read_bytes()
    if not raw.strip():
        raise DocumentError(f"{path.name}：文件是空的，没有可导入的内容。")
    module, label = READERS[suffix]
    out = importlib.import_module(f"{__name__}.{module}").read(raw, path.name)
    out.format = label
    return out
