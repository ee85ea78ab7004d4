""""从轻处理和不予问责是两回事": two terms said to be different things.

Beside an article whose list is missing, a sentence may set its surviving words apart from
another article's ("从轻" is 第十七条's, "不予问责" is 第十八条's opening). Such a clause says no
more about the missing list than its surviving words do, and it is true when the articles that
hold each term are different ones: each term (its longest opening found in the document) is in
some article, and no article holds both. When one article holds both, nothing is decided here.
"""
from __future__ import annotations

import re

from .sources import SourceSet, bare

_DISTINCT = re.compile(r"^(?:也就是说|换句话说|可见|所以)?[，,]?(?P<a>[\u4e00-\u9fff]{2,8}?)(?:和|与|跟|同)(?P<b>[\u4e00-\u9fff]{2,8}?)"
                       r"(?:是|属于)?(?:两回事|两码事|不是一回事|不是同一回事)$")


def _holders(term: str, sources: SourceSet, doc: str) -> set[int]:
    """The articles that hold the term's longest opening (two characters at least)."""
    for end in range(len(term), 1, -1):
        found = {n for n in sources.articles(doc) if (p := sources.article(n, doc)) and term[:end] in bare(p.text)}
        if found:
            return found
    return set()


def distinct(clause: str, sources: SourceSet, doc: str) -> bool | None:
    """True when the clause sets two terms apart that different articles hold; None otherwise."""
    m = _DISTINCT.match(bare(clause).strip("，,。"))
    if m is None:
        return None
    a, b = _holders(m.group("a"), sources, doc), _holders(m.group("b"), sources, doc)
    return True if a and b and not a & b else None
