"""Which tier of a graded scale a clause restates: "超过500万元的部分按1%" beside the text's
"超过一百万元至五百万元的部分，按照百分之二计算；超过五百万元的部分，按照百分之一计算".

The tiers of a scale share all their words; only their figures tell them apart, and `aligned`
leaves figures out when choosing the statement a clause restates (so that a swapped figure is
caught, not used to choose). Of statements that tie on words, the one holding every figure of the
clause's ends, each with the bound word the clause gives it (超过 / 至 / 不超过 ...), is the tier the
clause restates, and the rate it gives is held to that tier: "超过500万元的部分按2%" is held to
the tier of 超过五百万元 and fails on its rate. A clause whose ends no single tier holds gets no
help, and is measured as before.
"""
from __future__ import annotations

import re

TIE = 0.04                # less than BODY_TIE and ANCHOR: it only breaks ties between equals

_FIGURE = re.compile(r"\d+(?:\.\d+)?%?")


def _bound_before(text: str, start: int) -> str:
    """The bound word just before a figure (超过, 至, 不超过, 最高), else ''."""
    m = re.search(r"(不超过|超过|不低于|低于|不少于|少于|至|到|最高|最低|最多|最少)\s*$", text[max(0, start - 4):start])
    return m.group(1) if m else ""


def _figures(text: str) -> set[tuple[str, str]]:
    return {(m.group(0), _bound_before(text, m.start())) for m in _FIGURE.finditer(text)}


def holds_tier(clause: str, statement: str) -> bool:
    """Every figure of the clause that has a bound word before it (the tier's ends: 超过X, 至Y,
    不超过X) is one of the statement's with the same bound word. The rate or amount the tier
    gives is not used to choose: it is what is then held to the tier chosen."""
    mine = {f for f in _figures(clause) if f[1]}
    return bool(mine) and mine <= _figures(statement)
