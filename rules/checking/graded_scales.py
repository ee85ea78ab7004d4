"""One grade of a closed scale exchanged for another in a restated clause: "发布大风橙色以上预警"
where the passage says 黄色以上预警, "Ⅱ级" for Ⅰ级, "乙类" for 甲类.

`exchanged` reads a single character exchanged inside a clause that otherwise restates the passage
only when it is a quantity, a polarity or one of a pair of opposites: other single characters are
left to paraphrase. The members of a graded scale are neither, yet a regulation uses them exactly
as figures: the colours of a warning (红、橙、黄、蓝), the Roman grades (Ⅰ、Ⅱ、Ⅲ、Ⅳ) and the
heavenly stems that rank classes (甲、乙、丙、丁). No paraphrase trades one member of such a scale
for another, so one framed by the passage's own words on both sides is an exchanged term.
"""
from __future__ import annotations

# each scale a closed class, in its order; a character belongs to one scale only
_SCALES = ("红橙黄蓝", "ⅠⅡⅢⅣⅤⅥ", "甲乙丙丁")


def same_scale(a: str, b: str) -> bool:
    """`a` and `b` are two different members of one graded scale."""
    return a != b and any(a in s and b in s for s in _SCALES)
