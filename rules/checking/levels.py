"""A severity named as the value of a level: "事故级别为一般（造成较大损失或者不良影响）", a table's
row under a 事故级别 column. 一般 alone is an everyday word ("generally"), so the reader of
severities takes it only before what it grades (一般事故, 一般公共安全责任事故); after a noun of
level (级别 / 等级, 为 / 是 / ：) it is that grade just as surely. Read as such, the row is held to
the severity it names, not to the one the row before left behind."""
from __future__ import annotations

import re

# (事故)级别 / 等级 + 为 / 是 / ： + 一般, not already followed by what it grades
_LEVEL_OF = re.compile(r"(?:级别|等级)\s*(?:为|是|属于|[：:])?\s*一般(?!的?(?:公共|安全|生产|责任|事故))")


def leveled(sentence: str) -> str:
    """The sentence with 事故 written after a 一般 that is the value of a level."""
    return _LEVEL_OF.sub(lambda m: m.group(0) + "事故", sentence)
