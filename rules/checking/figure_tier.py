"""Which tier of a graded scale a clause restates: "超过500万元的部分按1%" beside the text's
"超过一百万元至五百万元的部分，按照百分之二计算；超过五百万元的部分，按照百分之一计算".

The tiers of a scale share all their words; only their figures tell them apart, and `aligned`
leaves figures out when choosing the statement a clause restates (so that a swapped figure is
caught, not used to choose). Of statements that tie on words, the one holding every figure of the
clause, each with the bound the clause gives it (超过 / 至 / 以下 ...), is the tier the clause
restates. A clause whose figures no single tier holds with those bounds gets no help: its wrong
figure is then still measured against the tier chosen by words, and fails there.
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
    """Every figure of the clause, with the bound word before it, is one of the statement's
    (at least two figures: a figure and its rate, or two ends of a tier)."""
    mine = _figures(clause)
    return len(mine) >= 2 and mine <= _figures(statement)
