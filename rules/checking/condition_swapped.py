"""A statement's condition replaced by words of its own consequence: "安全责任人不履行巡查职责的，由街道
办事处…代为履行巡查职责" where the text says "安全责任人无法确定的，由…代为履行巡查职责" (branch g19miss).

A draft that restates "X的，Y" keeps Y and writes, for the case X, a case made of Y's words (the
act, often negated: 不履行巡查职责 for 代为履行巡查职责). Every pair of the sentence but the negation
is the statement's, so the clause is aligned to the statement and the support test finds it; but
the case the text gives (无法确定) is gone and another is said in its place.

Read here, for a condition clause (…的) aligned to a statement whose first clause is its own
condition (…的, not a list's lead 有下列情形之一的): the clause's pairs beyond the condition's (a
negation left out) come from the rest of the statement, at least three of them and most of them,
and the condition's own pairs beyond the clause's are not said anywhere in the draft or question.
A condition said in other words of its own (找不到安全责任人的) has pairs of its own, and is left to
the other readings.
"""
from __future__ import annotations

import re

from . import aligned as AL

FROM_REST = 0.75        # share of the clause's new pairs found in the statement's consequence
_NEGATION = re.compile(r"不|未|没有?|拒不|拒绝")


def problems(clause: str, statement: str, said_text: str) -> list[str]:
    """`said_text` the whole draft and question."""
    parts = AL._clauses(AL._MARK.sub("", statement))
    if len(parts) < 2 or not parts[0].endswith("的") or "下列" in parts[0] or "情形之一" in parts[0]:
        return []
    condition, rest = parts[0], "".join(parts[1:])
    mine = AL._pairs(_NEGATION.sub("", clause))
    theirs = AL._pairs(condition)
    new = mine - theirs
    if len(new) < 3 or len(new & AL._pairs(rest)) / len(new) < FROM_REST:
        return []
    dropped = theirs - mine - AL._pairs(rest)
    if len(dropped) < 2 or len(dropped & AL._pairs(said_text)) / len(dropped) >= 0.5:
        return []
    return [f"原文的条件是“{condition}”，不是“{clause}”（原文：{statement}）"]
