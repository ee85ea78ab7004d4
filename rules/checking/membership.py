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


def as_listing(sentence: str) -> str | None:
    """"X是第N条列出的一类" -> "第N条列出了X"; None for any other sentence."""
    m = _MEMBER.match(sentence.strip())
    if m is None or re.search(r"不|没|未|并非", m.group("x")):
        return None
    return f"{m.group('art')}{m.group('talk')}了{m.group('x')}{m.group('end') or '。'}"
