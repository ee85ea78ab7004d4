"""A case said by a figure, classed into an item: "持证比例低于90%就属于第二十二条第（二）项" where the
item reads "…低于本办法第九条第一款规定比例的" and 第九条第一款 gives 百分之八十.

The classing reading (classed.py) holds the case to the named item by the word pairs they share,
and a case's figure is one or two pairs among its words: "比例低于90%" shares 比例 and 低于 with the
item and was held by them, whatever its figure. A figure is what sets the case apart, so it must be
the item's: in the item's own words, or in the provisions of its document the item cites (the
ratio of 第九条第一款). A figure in neither is another case, said as this item's. A figure the
asker put (the question's own fact, 我们有3000人) is the asker's to state and left to the other
readers, as before."""
from __future__ import annotations

import re

from ..references import find_refs
from .numerals import arabic
from .sources import SourceText

_FIGURE = re.compile(r"\d+(?:\.\d+)?%?")


def _has(text: str, fig: str) -> bool:
    return re.search(rf"(?<![\d.]){re.escape(fig.rstrip('%'))}(?![\d.])", text) is not None


def stray(case: str, item: str, article: int, whole: list[SourceText], question: str = "") -> list[str]:
    """The figures of the case (said in any script) that neither the item nor a provision of its
    document the item cites has, and the question did not put."""
    figures = _FIGURE.findall(arabic(case))
    if not figures:
        return []
    cited = {r.article for r in find_refs(item) if r.article and r.article != article
             and not r.doc_title and not r.doc_number}
    texts = [arabic(item)] + [arabic(p.text) for p in whole if p.article in cited and "#" not in p.id]
    asked = arabic(question)
    return [f for f in figures if not any(_has(t, f) for t in texts) and not _has(asked, f)]
