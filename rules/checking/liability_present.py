"""A party's liability said to be missing where a sentence of the text penalizes that party:
"本办法没有规定消纳场运营单位的法律责任" where the text says "消纳场运营单位违反本办法第十二条规定……
的，由区城市管理部门处每车次2000元罚款" (branch heldmiss2).

Why: an absence claim "A的B" is false when B is said in a sentence that has A. A liability (法律责任,
罚则, 处罚) is not a word a regulation writes of the party it binds: it writes the penalty (处…罚款,
给予…处分, 追究责任, 责令停业整顿, 撤销…核准), and "法律责任" was found in none of A's sentences, so
the absence held.

Read: a tail that names a liability is present in a sentence that has the party A as the one acting
(not right after 由 / 交由 / 对, where A is who imposes the penalty or on whom another's act falls)
and imposes a penalty after it. The tail must be a liability and nothing else (the 期限 of a penalty
or the 标准 of a fine is its own thing), so "没有规定A的罚款标准" is left to the other readings.
"""
from __future__ import annotations

import re

# a liability named as a whole, not one of its particulars
_LIABILITY = re.compile(r"^(?:法律|行政|相应的?|任何)?(?:责任|罚则|处罚|惩处|惩戒|追责)$")
# a penalty imposed: a fine, a sanction, accountability pursued, a licence taken away
_PENALTY = re.compile(r"处[^，,。；;]{0,14}?罚款|并处|罚款|处分|追究[^，,。；;]{0,8}?责任|责令|停业整顿|吊销|没收|"
                      r"撤销[^，,。；;]{0,8}?(?:核准|资格|许可|登记)|通报批评|诫勉")
# A where it is the one who imposes, or the object of another's act
_NOT_ACTOR = re.compile(r"(?:由|交由|对|向|经)$")


def liability(tail: str) -> bool:
    """Whether the tail of "A的B" names a liability as a whole."""
    return bool(_LIABILITY.match(tail))


def penalized(head: str, clause: str) -> bool:
    """Whether `clause` (one sentence of the text) has `head` acting and a penalty imposed after it."""
    for m in re.finditer(re.escape(head), clause):
        if _NOT_ACTOR.search(clause[:m.start()]):
            continue
        if _PENALTY.search(clause, m.end()):
            return True
    return False
