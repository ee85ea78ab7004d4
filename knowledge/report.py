"""The ingest report of one file: what was read, and what could not be, said rather than guessed.

For a regulation: the articles found and their numbers in order, gaps in the numbering (第八条
followed by 第十条), numbers that come twice or out of order, and text before the first article
that is neither the title, the document number, a date nor a heading. For any file: what its
reader decoded or removed (the encoding, page headers, the web page's navigation).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rules.references import InsertedArticle, format_ref, int_cn

from .documents import DATE_LINE, Document
from .formats import DOC_NUMBER
from .parsing import ARTICLE_RE, CHAPTER_RE, PART_RE, SECTION_RE, Chunk

STRAY_SHOWN = 60        # characters of each stray paragraph shown


def _art(n: int) -> str:
    return format_ref(n)


@dataclass
class FileReport:
    """One file's report; `status` is 新增 / 更新 / 未变 / 未导入."""

    name: str
    format: str = ""
    doc_id: str | None = None
    title: str | None = None
    kind: str = ""
    status: str = ""
    articles: list[int] = field(default_factory=list)
    sections: int = 0
    gaps: list[tuple[int, int]] = field(default_factory=list)      # (article before, article after)
    duplicates: list[int] = field(default_factory=list)
    disorder: list[tuple[int, int]] = field(default_factory=list)  # (article before, smaller one after)
    preamble: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    error: str | None = None
    same_as: str | None = None       # the id of an indexed document with the same title and number

    @property
    def missing(self) -> list[int]:
        return [n for a, b in self.gaps for n in range(a + 1, b)]

    @property
    def warnings(self) -> list[str]:
        out = []
        if self.gaps:
            out.append("条文编号有缺漏：" + "；".join(
                (f"{_art(a)}之后是{_art(b)}" if a else f"第一条之前没有条文，从{_art(b)}开始")
                + f"（缺{'、'.join(_art(n) for n in range(a + 1, b))}）" for a, b in self.gaps) + "。请核对原件。")
        if self.disorder:
            out.append("条文顺序错乱：" + "；".join(f"{_art(a)}之后是{_art(b)}" for a, b in self.disorder) + "。")
        if self.preamble:
            out.append("第一条之前有不属于标题的文字（未收入任何条）：" + "；".join(
                f"“{p[:STRAY_SHOWN]}{'…' if len(p) > STRAY_SHOWN else ''}”" for p in self.preamble) + "。")
        return out

    def lines(self) -> list[str]:
        """The report as Chinese lines, for `wenze ingest` and the Telegram reply."""
        head = f"{self.name}（{self.format or '文件'}）"
        if self.doc_id:
            head += f" → {self.doc_id}《{self.title}》"
        head += f"：{self.status}" if self.status else ""
        out = [head]
        if self.same_as and not self.error:
            out.append(f"  与已导入的同名同文号文档相同，按原编号 {self.same_as} 原地更新。")
        if self.kind == "regulation" or self.articles:
            out.append(f"  条文 {len(self.articles)} 条：{_numbers(self.articles)}")
            if self.duplicates:
                out.append("  重复编号：" + "、".join(_art(n) for n in self.duplicates))
        elif self.sections:
            out.append(f"  按标题切分为 {self.sections} 段（不是按条文编排的法规）。")
        out += [f"  {n}" for n in self.notices]
        out += [f"  警告：{w}" for w in self.warnings]
        if self.error:
            out.append(f"  未导入：{self.error}")
        return out


def _numbers(numbers: list[int]) -> str:
    """Article numbers in order, runs collapsed: 1–7、9、10."""
    if not numbers:
        return "无"
    runs: list[list[int]] = [[numbers[0], numbers[0]]]
    for n in numbers[1:]:
        # an inserted article (第十四条之一) stands on its own between its neighbours' runs
        if n == runs[-1][1] + 1 and not _is_inserted(n) and not _is_inserted(runs[-1][1]):
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return "、".join(shown_number(a) if a == b else f"{shown_number(a)}–{shown_number(b)}" for a, b in runs)


def _is_inserted(n: int) -> bool:
    return isinstance(n, InsertedArticle)


def shown_number(n: int) -> str:
    """14, or 14之一 for 第十四条之一."""
    return f"{int(n)}之{int_cn(n.insert)}" if _is_inserted(n) else str(n)


def structure(doc: Document, chunks: list[Chunk]) -> FileReport:
    """The report of a parsed document, before anything is written."""
    rep = FileReport(name=_name(doc), format=doc.format, doc_id=doc.id, title=doc.title,
                     kind=chunks[0].doc_kind if chunks else doc.kind, notices=list(doc.notices))
    if rep.kind != "regulation":
        rep.sections = len(chunks)
        return rep
    numbers = [c.article for c in chunks if c.article is not None]
    rep.articles = numbers
    seen: set[int] = set()
    last = 0
    for n in numbers:
        if n in seen:
            if n not in rep.duplicates:
                rep.duplicates.append(n)
            continue
        if n > last + 1:
            rep.gaps.append((last, n))
        elif n <= last:
            rep.disorder.append((last, n))
        seen.add(n)
        last = max(last, n)
    rep.preamble = _stray_preamble(doc)
    return rep


def _stray_preamble(doc: Document) -> list[str]:
    """Paragraphs before the first article that are not the title, number, date or a heading."""
    out = []
    for p in doc.paragraphs:
        if ARTICLE_RE.match(p):
            break
        squeezed = re.sub(r"\s+", "", p)
        if (PART_RE.match(p) or CHAPTER_RE.match(p) or SECTION_RE.match(p) or squeezed == re.sub(r"\s+", "", doc.title)
                or DOC_NUMBER.fullmatch(squeezed) or DATE_LINE.match(p)):
            continue
        out.append(p)
    return out


def _name(doc: Document) -> str:
    from pathlib import Path

    return Path(doc.path).name if doc.path else doc.id
