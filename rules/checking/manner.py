"""How a sentence says it is saying something: "用大白话说就是“奖勤罚懒”", where the paper says
"通俗地讲，就是奖勤罚懒". A lead-in of the form (用)X话说 / X地讲 / X点说 (用大白话说, 通俗地讲,
简单地说, 换句话说) names the manner of speaking and asserts nothing; the support test counted its
words as content the passage lacks. Only such a lead at the start of the sentence is set aside:
what follows it is held to the passage as before ("用大白话说就是“论功行赏”" fails)."""
from __future__ import annotations

import re

_MANNER = re.compile(r"^(?:用|以)?[\u4e00-\u9fff]{1,3}?(?:的话|话|地|点)(?:来)?(?:说|讲)(?:[，,：:]|(?=就是|即))")


def without_manner(sentence: str) -> str:
    """The sentence without its lead-in of manner, when it has one and something follows it."""
    m = _MANNER.match(sentence)
    if m is None or len(sentence) - m.end() < 2:
        return sentence
    return sentence[m.end():]


# (r12alarmA) the answer announcing that what follows adds to it: 可以补充一点：, 再补充一句，, 顺带提醒一下：
# — talk of the answer's own course, like the manner of speaking above; what follows is held as before
_ADDING = re.compile(r"^(?:可以|还可以|还要|再|另外|顺便|顺带|需要|要)?(?:补充|提醒|说明|强调|提一下|多说)(?:一点|一下|一句|两句|几点|两点)?"
                     r"(?:的是)?[：:，,]")


def without_addition(sentence: str) -> str:
    """The sentence without a lead announcing an addition, when something follows it."""
    m = _ADDING.match(sentence)
    if m is None or len(sentence) - m.end() < 2:
        return sentence
    return sentence[m.end():]


# (galarm5) an additive connective opening the sentence (而且有这种情形的，…; 另外，…): it links the sentence
# to the one before and asserts nothing; the anaphors and cases after it are read as at a sentence's start.
# (另外 only before a comma: 另外两项 is "the other two"; 同时 not at all: 同时抄送 is the act's manner)
_ALSO = re.compile(r"^(?:(?:而且|并且)[，,]?|(?:此外|另外)[，,])")


def without_connective(sentence: str) -> str:
    """The sentence without an additive connective opening it, when something follows it."""
    m = _ALSO.match(sentence)
    if m is None or len(sentence) - m.end() < 2:
        return sentence
    return sentence[m.end():]
