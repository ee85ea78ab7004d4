"""The body of an answer as data: what it says, the passages it quotes, what it asks.

Drafting builds a `Body`; each front renders it in its own way (bot/core/plain.py for the console,
`wenze ask` and the audit trail; bot/telegram/render.py for Telegram HTML). No front reads an
answer's text back to find its parts, so the wording below can change in one place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.retrieval import Passage
from rules.references import article_fields

# Every word an answer's frame is made of. The renderers read them from here at render time.
WORDS = {
    "basis": "依据：",                 # heads the quotes the answer rests on
    "related": "相关原文：",           # heads passages that bear on the question beyond the decision
    "also": "另见：",                  # names supporting articles without quoting them
    "also_sep": "；",
    "reply_hint": "（回复序号或直接说明即可）",   # under a missing fact's numbered options
    "truncated": "（该条在来源中不完整，所列情形缺失）",
    "item": "· ",
    "see": "（见{mark}）",              # after a statement: the quote it rests on
    "year": "（{year}年）",             # after a regulation's title in a rules answer's citation
}


def mark(n: int) -> str:
    """The number a quote goes by in an answer: 【1】."""
    return f"【{n}】"


@dataclass
class Quote:
    """A passage as the user sees it cited: label and verbatim text from the index (or, in the
    complaint path, from the rule file's verbatim spans)."""

    doc_id: str
    doc_title: str
    article: int | None
    label: str
    text: str
    truncated: bool = False
    year: str = ""         # shown with the title (《…》（2009年）第十四条): how old the basis is

    @classmethod
    def of(cls, p: Passage, dated: bool = False) -> "Quote":
        """`dated`: the heading carries the document's year, from its front matter's date."""
        year = re.match(r"\d{4}", p.meta.get("doc_date") or "") if dated else None
        return cls(p.doc_id, p.doc_title, p.article, p.label, p.text, p.truncated, year.group(0) if year else "")

    def as_json(self) -> dict:
        return {"doc_id": self.doc_id, "doc_title": self.doc_title, **article_fields(self.article),
                "label": self.label, "text": self.text}

    @property
    def heading(self) -> str:
        # The checker rejects assertions about 第十八条 unless they say its list is missing.
        label = self.label
        title = f"《{self.doc_title}》"
        if self.year and label.startswith(title):
            label = title + WORDS["year"].format(year=self.year) + label[len(title):]
        return label + (WORDS["truncated"] if self.truncated else "")

    @property
    def lines(self) -> list[str]:
        """The quoted lines, blank ones left out."""
        return [line for line in self.text.splitlines() if line.strip()]


@dataclass
class Statement:
    """One claim, one line. `see` points at the quote it rests on (shown as （见【n】）); an `item`
    is one of a list (shown with a bullet)."""

    text: str
    see: Quote | None = None
    item: bool = False


@dataclass
class Body:
    """What an answer shows, front to back: a title, the lead and statements, a missing fact's
    options, notes; or instead a model's own prose; then the quotes.

    `bare` quotes stand alone without a head: a looked-up article is shown, not argued from."""

    lead: str = ""
    statements: list[Statement] = field(default_factory=list)
    options: list[str] = field(default_factory=list)        # a missing fact's choices, numbered
    notes: list[str] = field(default_factory=list)          # set apart: caveats about the whole
    title: str = ""                                         # set apart above everything (/complaint)
    prose: str = ""                                         # a model's free text: plain paragraphs
    quotes: list[Quote] = field(default_factory=list)       # quoted in full: what the answer rests on
    related: list[Quote] = field(default_factory=list)      # quoted: passages beyond the decision
    also: list[Quote] = field(default_factory=list)         # supporting articles, named only
    bare: bool = False

    @classmethod
    def of_lines(cls, text: str, **kw) -> "Body":
        """A lead and one statement per further line (a composed decision, a decline)."""
        first, *rest = text.split("\n")
        return cls(lead=first, statements=[Statement(s) for s in rest], **kw)

    def citations(self) -> list[Quote]:
        return self.quotes + self.related + self.also

    def numbered(self) -> list[tuple[str | None, list[tuple[int, Quote]]]]:
        """The quoted groups with their heads and numbers, in the order shown: what the answer
        rests on, then related passages. One numbering runs through both."""
        groups: list[tuple[str | None, list[tuple[int, Quote]]]] = []
        n = 0
        for head, group in ((WORDS["basis"], self.quotes), (WORDS["related"], self.related)):
            if not group:
                continue
            numbered = []
            for q in group:
                n += 1
                numbered.append((n, q))
            groups.append((None if self.bare else head, numbered))
        return groups

    def number(self, quote: Quote) -> int:
        for _, group in self.numbered():
            for n, q in group:
                if q is quote:
                    return n
        raise ValueError(f"{quote.label} is not quoted in this answer")

    def also_line(self) -> str:
        return WORDS["also"] + WORDS["also_sep"].join(q.heading for q in self.also) if self.also else ""

    def said(self) -> list[str]:
        """Everything the answer says and quotes, with the numbers its quotes go by: the material
        a model's figures must come from."""
        out = [self.title, self.lead, self.prose, *(s.text for s in self.statements), *self.options, *self.notes]
        for _, group in self.numbered():
            out += [mark(n) + q.heading + "\n" + q.text for n, q in group]
        out += [q.heading for q in self.also]
        return [s for s in out if s]
