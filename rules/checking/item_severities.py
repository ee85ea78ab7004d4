"""The severity an item covers: 第十三条第（二）项 is the 重大 accident, not the 特别重大 one.

`claims.article_severities` holds a severity said of an article to the article's rows, so a
sentence that gives 第十三条（二） the 特别重大 accident passes: 第十三条 covers both. An item's
rows (`source.item`) cover their own severities only. A clause that names one item of an article
whose rows are split by item, and a severity it does not deny, says that item covers it; another
item named in the same clause (第（一）项) leaves the clause to the article-level reading.
"""
from __future__ import annotations

import re

from ..references import find_refs, format_ref
from ..schema import RuleBook
from .claims import NEGATION, Verdict, marks

_ITEM_MARK = re.compile(r"[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+项")


def _covers(book: RuleBook) -> dict[tuple[int, int], set[str]]:
    out: dict[tuple[int, int], set[str]] = {}
    for r in book.regulation.accident_decisions:
        if r.source.item:
            out.setdefault((r.source.article, r.source.item), set()).add(r.severity)
    return out


def item_severities(sentence: str, book: RuleBook) -> list[Verdict]:
    """A verdict for each severity a clause gives the one item it names."""
    covers = _covers(book)
    out = []
    for clause in re.split(r"[，,；;。]", sentence):
        refs = [r for r in find_refs(clause) if r.article and r.item and not r.doc_number
                and (r.internal or r.doc_title == book.regulation.title)]
        if len(refs) != 1 or len(_ITEM_MARK.findall(clause)) != 1:
            continue
        key = (refs[0].article, refs[0].item)
        if key not in covers:
            continue
        label = format_ref(*key[:1], item=key[1])
        for start, _, cat, s in marks(clause, book):
            if cat != "severity" or NEGATION.search(clause[max(0, start - 4):start]):
                continue
            ok = s in covers[key]
            have = "、".join(sorted(covers[key]))
            out.append(Verdict(ok, f"{label}规定{have}事故" if ok else f"{label}规定的是{have}事故，不是{s}事故。"))
    return out
