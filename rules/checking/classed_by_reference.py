"""A case said by the figure of the provision its item refers to: "低于80%就属于第二十二条第（二）项的
情形" where the item reads "持有保安员证的人员低于本办法第九条第一款规定比例的" and 第九条第一款
gives the ratio (不得少于百分之八十).

The classing reading (classed.py) holds the case to the named item by the character pairs they
share, and a case said by a figure shares one pair (低于) with the item: too few to decide, and the
sentence then failed the support test, its 80 nowhere in the item. The item means the figure of
the provision it cites: the case holds the item when half of the case's word pairs or more are the item's,
every figure of the case is in the provision the item cites (and in no other item of the article
the case could be read as), and the named item is the only item of its article citing that
provision. Anything else is left undecided (the sentence is judged as before)."""
from __future__ import annotations

import re

from ..references import find_refs
from .numerals import arabic
from .sources import SourceText

_FIGURE = re.compile(r"\d+(?:\.\d+)?%?")
SHARE = 0.5          # of the case's word pairs (its figure's aside) the item must have


def holds(case: str, case_pairs: set[str], item_no: int, items: dict[int, str], article: int,
          whole: list[SourceText], pairs) -> bool:
    """Whether the case (its pairs `case_pairs`) is item `item_no` of `items` (of `article`), read with
    the provision that item cites."""
    figures = _FIGURE.findall(arabic(case))
    words = {g for g in case_pairs if not re.search(r"[\d%.]", g)}      # (the figure's pairs aside)
    if not figures or not words or len(words & pairs(items[item_no])) < SHARE * len(words):
        return False
    cited = _cited(items[item_no], article)
    if not cited or any(_cited(t, article) & cited for n, t in items.items() if n != item_no):
        return False
    texts = [arabic(p.text) for p in whole if p.article in {a for a, _ in cited} and "#" not in p.id]
    return bool(texts) and all(any(re.search(rf"(?<![\d.]){re.escape(f)}(?![\d.])", t) for t in texts) for f in figures)


def _cited(text: str, article: int) -> set[tuple[int, int | None]]:
    """The provisions of its own document an item cites, other than its own article."""
    return {(r.article, r.paragraph) for r in find_refs(text)
            if r.article and r.article != article and not r.doc_title and not r.doc_number}
