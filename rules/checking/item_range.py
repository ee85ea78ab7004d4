"""A range of items named by their ends, read as every item in it: "前款第（一）项至第（三）项".

`aligned` reads a statement with the text of the items it refers to, so a sentence that names
what those items are (诫勉、通报批评、调离岗位 for "前款第（一）项至第（三）项可以单独或者合并使用")
restates it. A bare item reference of the article's own is found one by one (第（三）项), and the
first end of a range after 前款 / 本款 was not found at all (the reference after 款 was left to
the reference finder, which reads no 前款): the statement was read with its last item only, and a
sentence naming the middle one (通报批评) was told that the statement does not say it. Here the
range is read whole, its ends and what lies between, as items of the statement's own article.
"""
from __future__ import annotations

import re

from ..references import cn_int

_RANGE = re.compile(r"(?:(?<![条款])|(?<=前款)|(?<=本款))第[（(](?P<a>[一二三四五六七八九十]+)[)）]项"
                    r"(?:至|到|—|－|-)第[（(](?P<b>[一二三四五六七八九十]+)[)）]项")
MAX_SPAN = 20


def numbers(statement: str) -> list[int]:
    """The item numbers of each range of the article's own items the statement names."""
    out: list[int] = []
    for m in _RANGE.finditer(statement):
        a, b = cn_int(m.group("a")), cn_int(m.group("b"))
        if a and b and 0 < b - a <= MAX_SPAN:
            out += list(range(a, b + 1))
    return out
