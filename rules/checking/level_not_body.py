"""A level given as what the text says, a body of another level denied: "条文写的是区一级，不是市委、
市政府".

The sentence says which level's bodies the provision names. It holds when the provision names a
body of that level (区委, 区政府（管委会）) and none of the bodies denied (市委、市政府 are not in
it); a level the provision has no body of ("写的是市一级", for 第十四条's 区委、区政府), or a denied
body the provision does name, fails. Anything else in the sentence leaves it to be judged as
before.
"""
from __future__ import annotations

import re

from .sources import squash

_SAID = re.compile(r"^(?:条文|原文|该条|这一?条|本条|第[零一二两三四五六七八九十百]+条)?(?:写的|规定的|说的|讲的|指的)?是"
                   r"(?P<level>市|区|县|省|镇|乡|街道)一?级(?:的)?[，,]\s*(?:而)?(?:不是|并非|而非)(?P<x>[^，,。；;]{2,20}?)[。]?$")
_HEADS = r"(?:[（(][^）)]*[）)])?(?:委|政府|人民政府|党委|党工委|管委会)"


def judged(sentence: str, provision: str | None, bodies_of) -> tuple[bool, str] | None:
    """(holds, why) for such a sentence against the provision's text, or None when the sentence
    is not one (or no provision is in sight). `bodies_of` finds the named bodies of a run."""
    m = _SAID.match(sentence.strip())
    if m is None or not provision:
        return None
    plain = squash(provision)
    denied = bodies_of(m.group("x"))
    if not denied:
        return None
    if not re.search(re.escape(m.group("level")) + _HEADS, plain):
        return False, f"所说的条文没有{m.group('level')}一级的机关。"
    named = [b for b in denied if squash(b) in plain]
    if named:
        return False, f"{'、'.join(named)}就在所说的条文中。"
    return True, f"条文所写的是{m.group('level')}一级的机关"
