""""X是第二条明确列出的一类": a membership said from the member's side.

The sentence says no more than "第二条明确列出了X", but its words (是…的一类, 之一) are talk the
support test finds nowhere in the article, so a right sentence failed for its shape. It is
rewritten to the listing it states and judged as that: X must still be in what the article lists
(an item the article does not list fails as it would in the plain form).
"""
from __future__ import annotations

import re

_MEMBER = re.compile(r"^(?P<x>[^，,。；;：:]{2,30}?)(?:也|都)?是(?P<art>(?:《[^》]+》)?第[零一二两三四五六七八九十百\d]+条"
                     r"(?:第(?:[一二三四五六七八九十]|\d{1,2})款)?)(?:中|里)?(?P<talk>(?:明确|专门|单独)?(?:列出|列明|列举|列入|写明|点名))"
                     r"的(?:一类|之一|一项|一种|一个|一员|对象)?(?:人员|干部)?(?P<end>[。；;]?)$")


# (r27alarm) "免职是第十条第一款所列的问责方式之一": 所列 / 列的, and the class the member is one of
_CLASSED = re.compile(r"^(?P<x>[^，,。；;：:]{2,30}?)(?:也|都)?是(?P<art>(?:《[^》]+》)?第[零一二两三四五六七八九十百\d]+条"
                      r"(?:第[一二三四五六七八九十]款)?)(?:中|里)?所?(?P<talk>列出?|列明|列举|规定)的"
                      r"(?P<noun>[\u4e00-\u9fff]{2,6}?)(?:之一|中的一种|中的一项)(?P<end>[。；;]?)$")


def as_listing(sentence: str, of_class=None) -> str | None:
    """"X是第N条列出的一类" -> "第N条列出了X"; None for any other sentence. With `of_class(x, noun)`
    (is X one of the class the noun names, by the rule data?), "X是第N条所列的问责方式之一" too:
    the class must be X's, else the sentence is left as it is."""
    m = _MEMBER.match(sentence.strip())
    if m is None and of_class is not None:
        m = _CLASSED.match(sentence.strip())
        if m is not None and not of_class(m.group("x"), m.group("noun")):
            return None
    if m is None or re.search(r"不|没|未|并非", m.group("x")):
        return None
    return f"{m.group('art')}{m.group('talk')}了{m.group('x')}{m.group('end') or '。'}"
