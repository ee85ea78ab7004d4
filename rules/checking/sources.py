"""The text a draft is checked against, handed in by whoever owns the index.

The checker reads no files and knows no index: the assistant builds a `SourceSet` from the
passages of the index the answer came from (so a regulation ingested today is checked like the
seed one), and the checker looks up articles and searches passages in it.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field

_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[\s，,。．.、；;：:！!？?“”\"‘’'（）()《》〈〉【】\[\]〔〕「」—\-…·/]+")


# Roman numerals (Ⅰ…Ⅻ, ⅰ…ⅻ): NFKC spells them in Latin letters of different lengths (Ⅲ -> III,
# Ⅳ -> IV), so a grade exchanged for another (Ⅳ级以上 for Ⅲ级以上) was no longer one character for
# one character and no alignment read it. They are kept as one character each (the lower-case
# ones as the upper-case), and a Latin-letter grade written before 级 / 类 (IV级) is read as the
# numeral it spells.
_ROMAN = re.compile(r"[\u2160-\u217f]")
_ROMAN_UPPER = {chr(0x2170 + i): chr(0x2160 + i) for i in range(16)}
_LATIN_GRADE = re.compile(r"(?<![A-Za-z])(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?=级|类)")
_LATIN_NUMERAL = {"I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ", "IV": "Ⅳ", "V": "Ⅴ", "VI": "Ⅵ", "VII": "Ⅶ",
                  "VIII": "Ⅷ", "IX": "Ⅸ", "X": "Ⅹ", "XI": "Ⅺ", "XII": "Ⅻ"}


def nfkc(text: str) -> str:
    """NFKC, Roman numerals kept one character each (see `_ROMAN`)."""
    if not _ROMAN.search(text):
        out = unicodedata.normalize("NFKC", text)
        return _LATIN_GRADE.sub(lambda m: _LATIN_NUMERAL[m.group(1)], out) if "级" in out or "类" in out else out
    parts = _ROMAN.split(text)
    romans = [_ROMAN_UPPER.get(ch, ch) for ch in _ROMAN.findall(text)]
    out = unicodedata.normalize("NFKC", parts[0])
    for r, part in zip(romans, parts[1:]):
        out += r + unicodedata.normalize("NFKC", part)
    return _LATIN_GRADE.sub(lambda m: _LATIN_NUMERAL[m.group(1)], out)


@lru_cache(maxsize=1 << 14)
def squash(text: str) -> str:
    """NFKC without whitespace: the form verbatim tests compare. (Each reading of a sentence asks
    again for the same few forms, so the pure string forms here are memoised.)"""
    return _SPACE.sub("", nfkc(text))


@lru_cache(maxsize=1 << 14)
def bare(text: str) -> str:
    """NFKC without whitespace or punctuation: the form content tests compare."""
    return _PUNCT.sub("", nfkc(text))


@lru_cache(maxsize=1 << 12)
def bigrams(text: str) -> frozenset[str]:
    """The character pairs of the text's bare form (frozen: the same set is handed to every caller)."""
    b = bare(text)
    return frozenset(b[i:i + 2] for i in range(len(b) - 1))


def content_pairs(text: str, function: frozenset[str] | set[str]) -> set[str]:
    """The character pairs of the text's bare form that hold no function character (的, 了, 和…):
    what a clause says, for readings that compare a clause with a rule by its content words."""
    return {g for g in bigrams(bare(text)) if not set(g) & function}


@dataclass(frozen=True)
class SourceText:
    """One citable passage: an article of a regulation, or a section of a report or paper."""

    id: str
    doc_id: str
    doc_title: str
    doc_kind: str                  # regulation / report / paper / ...
    label: str
    text: str
    article: int | None = None
    truncated: bool = False        # the source breaks off inside it
    heading: str = ""              # the chapter (or section) it stands under: 第一章总则


@dataclass(frozen=True)
class DocumentFacts:
    """What a document's front matter says of it (date, issuer, what the source lacks)."""

    doc_id: str
    title: str
    kind: str
    date: str = ""
    issuer: str = ""
    lacks: str = ""
    status: str = ""
    checked: str = ""
    effective: str = ""            # a national law's date of entry into force
    origin: str = ""               # where the source text was taken from (a reprint page and its date)
    law: bool = False              # a national law (knowledge/laws.py), not an ingested document


@dataclass
class SourceSet:
    passages: list[SourceText]
    documents: dict[str, DocumentFacts] = field(default_factory=dict)
    headings: list[str] = field(default_factory=list)     # chapter titles: quotable, not citable

    def __post_init__(self) -> None:
        self._articles = {(p.doc_id, p.article): p for p in self.passages if p.article is not None
                          and p.doc_kind == "regulation"}
        self._whole = squash("\n".join([p.text for p in self.passages] + self.headings))
        self.whole = self._whole
        self._grams = [bigrams(p.text) for p in self.passages]
        for p in self.passages:
            self.documents.setdefault(p.doc_id, DocumentFacts(p.doc_id, p.doc_title, p.doc_kind))
        # what the front matter says of each document is citable too (its date, issuer, gaps)
        self.front = [SourceText(f"{d.doc_id}#front", d.doc_id, d.title, "front_matter", f"《{d.title}》（来源说明）",
                                 f"《{d.title}》日期：{_date_cn(d.date)}。发文机关：{d.issuer or '来源未载明'}。"
                                 f"来源缺失：{d.lacks or '无'}。"
                                 + (f"状态：{d.status}。核实日期：{_date_cn(d.checked)}。" if d.status and not d.effective else "")
                                 + (f"状态：{d.status}。施行日期：{d.effective}。{d.status}，{d.effective}施行。"
                                    if d.effective else ""))
                      for d in self.documents.values() if d.date or d.issuer or d.lacks]
        # where the text was taken from is said apart: its date is the page's, never the document's
        self.front += [SourceText(f"{d.doc_id}#origin", d.doc_id, d.title, "front_matter", f"《{d.title}》（来源说明）",
                                  f"《{d.title}》的文本取自来源页面：{_dates_cn(d.origin)}\n"
                                  f"它本身标注的日期：{_dates_cn(d.date) or '未载明'}。")
                       for d in self.documents.values() if d.origin]
        self._front_grams = [bigrams(p.text) for p in self.front]
        self._context: dict[str, str] = {}
        self._closest: dict[tuple, list[tuple[float, SourceText]]] = {}
        self.titles = frozenset(d.title for d in self.documents.values())
        # 《深圳市行政过错责任追究办法》（以下简称《办法》）: either name stands for the other
        self.aliases: dict[str, set[str]] = {}
        for p in self.passages:
            for full, short in re.findall(r"《([^》]+)》[（(]以下简称《([^》]+)》[)）]", p.text):
                self.aliases.setdefault(full, set()).add(f"《{short}》")
                self.aliases.setdefault(short, set()).add(f"《{full}》")

    def article(self, number: int, doc_id: str) -> SourceText | None:
        return self._articles.get((doc_id, number))

    def articles(self, doc_id: str) -> list[int]:
        return sorted(n for d, n in self._articles if d == doc_id)

    def of_document(self, doc_id: str) -> list[SourceText]:
        return [p for p in self.passages if p.doc_id == doc_id]

    def verbatim(self, span: str) -> bool:
        if squash(span) in self._whole:
            return True
        # (r10alarmB) a quote inside the quote in other marks ('十二五' for “十二五”) is the same text
        if not _MARKS.search(span):
            return False
        if getattr(self, "_r10alarmB_marked", None) is None:
            self._r10alarmB_marked = _MARKS.sub("'", self._whole)
        return _MARKS.sub("'", squash(span)) in self._r10alarmB_marked

    def closest(self, text: str, k: int = 3, docs: set[str] | None = None) -> list[tuple[float, SourceText]]:
        """The passages sharing most character pairs with `text` (share of the text's pairs).
        (Remembered per text: a sentence is held to its closest passages by several readings.)"""
        key = (text, k, frozenset(docs) if docs is not None else None)
        got = self._closest.get(key)
        if got is None:
            mine = bigrams(text)
            if not mine:
                return []
            scored = [(len(mine & g) / len(mine), p) for p, g in zip(self.passages + self.front, self._grams + self._front_grams)
                      if docs is None or p.doc_id in docs]
            scored.sort(key=lambda t: -t[0])
            if len(self._closest) >= 4096:   # (a bot runs for weeks: the memory stays bounded)
                self._closest.clear()
            got = self._closest[key] = scored[:k]
        return list(got)

    def context(self, doc_id: str) -> str:
        """A document's whole text and front matter, for facts a passage takes from it (its year)."""
        if doc_id not in self._context:
            d = self.documents.get(doc_id)
            self._context[doc_id] = squash(d.title + d.date + "".join(p.text for p in self.of_document(doc_id))) if d else ""
        return self._context[doc_id]

    def doc_by_title(self, title: str) -> str | None:
        if title in self.aliases and not any(title == d.title for d in self.documents.values()):
            # a short name the sources define (《办法》 for 《深圳市行政过错责任追究办法》): the
            # document it stands for, not any title that happens to contain it
            fulls = {f.strip("《》") for f in self.aliases[title]}
            return next((d.doc_id for d in self.documents.values() if d.title in fulls), None)
        for d in self.documents.values():
            if title and (title == d.title or title in d.title):
                return d.doc_id
        return None


def _dates_cn(text: str) -> str:
    """A text with each ISO date in it written as 年月日 (转载页（2017年4月9日）)."""
    return re.sub(r"(\d{4})-(\d{1,2})-(\d{1,2})", lambda m: f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日", text)


def _date_cn(date: str) -> str:
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", date or "")
    return f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日（{date}）" if m else (date or "来源未载明")


# quotation marks of every style, one mark when a quote is compared verbatim: typography, not text
_MARKS = re.compile(r"[“”‘’'\"「」『』]")
