"""A list closed by its own count: "特别重大、重大、较大、一般四个事故等级", "训诫、通报批评两种方式".

Chinese often names the members of a list and then, as an apposition, how many they are and what
kind of thing (N个 / N种 / N类 / N项 … and a head noun). The count and the head noun are not part of
the last member: read as one word with it, "一般四个事故等级" is a member the passage lacks, and a
right list is taken for one with an invented item. The count is taken off only when it is the
list's own size (four members, 四个); a count that does not match leaves the last member as
written, so a member added to the list is still read as one ("…、一般、轻微五个等级" keeps 轻微).
"""
from __future__ import annotations

import re

from ..references import cn_int

_COUNT = re.compile(r"(?P<n>[一二两三四五六七八九十]|\d{1,2})(?:个|种|类|项|档|级|条|方面|部分)")


def without_own_count(part: str) -> str:
    """`part`, a list joined by 、, with the count after its last member taken off (with the words
    after it) when the count is the number of members; else `part` unchanged."""
    if "、" not in part:
        return part
    last = part.rfind("、")
    m = _COUNT.search(part, last + 1)
    if m is None or m.start() == last + 1:
        return part
    members = part[:m.start()].count("、") + 1
    try:
        n = cn_int(m.group("n"))
    except ValueError:
        return part
    return part[:m.start()] if n == members else part
