"""A count before a colon and the list it announces on the same line: "6种：A、B、C、D、E" (branch
reg6miss).

The support test holds the list's members to the article and the count's figure to the figures
of the text; an article with five items may hold a 6 somewhere else, and "六种：" with five
members passed. The sentence contradicts itself: the count must be the number of members it
lists (a last member joined by 和 / 以及 counts as one more).
"""
from __future__ import annotations

import re

from ..references import cn_int
from .numerals import arabic
from .sources import SourceText

_LEAD = re.compile(r"^[^：:，,。；;\d零一二两三四五六七八九十]{0,12}?(?:共|一共|总共|有|共有|包括)?(?<!第)(?P<n>[零一二两三四五六七八九十\d]+)\s*(?:种|项|类|个|条|款)[^：:，,。]{0,8}[：:](?P<list>[^。；;：:\n]+)")


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    m = _LEAD.match(arabic(sentence).strip())
    if m is None:
        return []
    members = [x for x in m.group("list").split("、") if x.strip()]
    if len(members) < 2:
        return []                  # a count before a sentence, not a list
    try:
        n = cn_int(m.group("n"))
    except ValueError:
        return []
    k = len(members)
    joined = bool(re.search(r"和|以及|及|与", members[-1]))
    if n == k or (joined and n == k + 1):
        return []
    return [f"说有{n}种，却列了{k}种"]
