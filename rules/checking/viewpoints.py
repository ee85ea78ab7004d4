"""A viewpoint lead left over beside a claim: "所以从条文本身看，", "因此就第十五条而言，",
"所以按条文字面列举，" (what the claim is read from: its listing, wording or rule).

When a reading accounts for a sentence's claim (an absence found true) it holds what is left of
the sentence to the passages, unless that rest is too short to say anything. A rest made only of
a connective (所以, 因此) and a viewpoint (从X看, 就X而言, X上看) says where the claim is read
from, not what is there; it is no claim of its own when X names nothing the claim readers know
(no article, figure, role, measure or severity: `carries`). What the rest then holds is the empty
string; a viewpoint that carries a claim ("从第十四条看") is returned whole and judged as before.
"""
from __future__ import annotations

import re
from typing import Callable

_CONNECTIVE = r"(?:所以|因此|因而|可见|由此可见|总之|总的来说|综上)?[，,]?"
_VIEW = re.compile(rf"^{_CONNECTIVE}(?:单|仅|只)?(?:从|就|按|依)(?P<x>[^，,；;。]{{1,12}}?)(?:本身)?(?:来|上)?(?:看|讲|说|而言|来说|列举|的列举|所列|表述|的表述|规定)[，,]?$")   # 按条文字面列举 (r13c)


def unframed(rest: str, carries: Callable[[str], bool]) -> str:
    """The rest of a sentence without a viewpoint lead that names nothing; else the rest."""
    m = _VIEW.match(rest.strip())
    if m is None or carries(m.group("x")) or re.search(r"第[零一二两三四五六七八九十百\d]+[条款项]|\d", m.group("x")):
        return rest
    return ""
