"""One grade of a closed scale exchanged for another in a restated clause: "发布大风橙色以上预警"
where the passage says 黄色以上预警, "Ⅱ级" for Ⅰ级, "乙类" for 甲类.

`exchanged` reads a single character exchanged inside a clause that otherwise restates the passage
only when it is a quantity, a polarity or one of a pair of opposites: other single characters are
left to paraphrase. The members of a graded scale are neither, yet a regulation uses them exactly
as figures: the colours of a warning (红、橙、黄、蓝), the Roman grades (Ⅰ、Ⅱ、Ⅲ、Ⅳ) and the
heavenly stems that rank classes (甲、乙、丙、丁). No paraphrase trades one member of such a scale
for another, so one framed by the passage's own words on both sides is an exchanged term.

(g21miss) A bound on such a scale (橙色以上, Ⅲ级以上) limits the case to part of the scale; a clause
that restates the passage's words around it with the bound left out ("气象部门发布暴雨预警期间" for
暴雨橙色以上预警期间) says the rule holds at every grade: `bound` tells exchanged.py that the
stretch the clause dropped is such a bound.
"""
from __future__ import annotations

import re

# each scale a closed class, in its order; a character belongs to one scale only
_SCALES = ("红橙黄蓝", "ⅠⅡⅢⅣⅤⅥ", "甲乙丙丁")


def same_scale(a: str, b: str) -> bool:
    """`a` and `b` are two different members of one graded scale."""
    return a != b and any(a in s and b in s for s in _SCALES)


_BOUND = re.compile(r"(?:[" + "".join(_SCALES) + r"](?:色|级|类))(?:及|和)?(?:以上|以下)")


def bound(stretch: str) -> bool:
    """The stretch is a bound on a graded scale and nothing else: 橙色以上, Ⅲ级以下."""
    return _BOUND.fullmatch(stretch) is not None
