""""市委、市政府及其工作部门的领导班子成员" where the passage says "市委、市政府工作部门领导班子成员":
及其 makes the bodies before it members of the list themselves, besides their departments. The
coverage test sees the same characters and one pair more; this reader holds 及其 to the passage:
when the passage joins the same two words directly (市政府工作部门) and never with 及其, the
sentence widens what it restates.
"""
from __future__ import annotations

import re

from .sources import bare

_JOINED = re.compile(r"([\u4e00-\u9fff]{2,8}?)及其([\u4e00-\u9fff]{2,6}?)(?=的|[、，,。；;]|$|领导|成员)")


def widened(sentence: str, text: str) -> list[str]:
    """The 及其 of the sentence that the passage does not have where it joins the same words."""
    plain = bare(text)
    out = []
    for clause in re.split(r"[，,、；;。]", sentence):
        for m in _JOINED.finditer(bare(clause)):
            a, b = m.group(1), m.group(2)
            # the name before 及其 as the passage spells it (管的是市政府: 市政府), three characters
            # at least (政府 alone would be any level's)
            names = [a[k:] for k in range(len(a) - 2) if a[k:] + b in plain]
            if names and f"{names[0]}及其{b}" not in plain:
                out.append(f"{names[0]}及其{b}")
    return out
