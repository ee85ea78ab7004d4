"""An item that says its own case and then what follows it: "（三）严重情形的，予以通报批评，记录
不良行为，记录期限为1年，并暂停其…投标活动3个月至6个月；" under "按照下列规定处理：".

Why: the items of a list are mostly cases (（一）未设置围挡的；), and every clause of an item is a
condition a restatement must keep. A list of measures by grade is the other shape: each item
opens with its case (严重情形的) and goes on with the measures for it. Those clauses are no
conditions: a draft that gives the record and the ban of 严重 and leaves out 通报批评 omits a
measure, it does not widen the case ("略去了原文的条件“予以通报批评”" was a false alarm).

Read here: the clauses of an item after its first clause that ends in 的 (the case, closed by
its comma) are the item's consequences, when the sentence says that case (most of its word
pairs, 情形 / 情况 aside: 严重 for 严重情形的, 发现检查井盖缺失 for 发现检查井盖缺失、损坏的). A
sentence that gives an item's measure under another case (一般情形…记录不良行为, the measure of
较重情形的) keeps every clause a condition, and is flagged.
The case clause itself, and every clause of an item with no such case, stay conditions.
"""
from __future__ import annotations

import re

from .sources import bare, bigrams

_GENERIC = re.compile(r"情形|情况|之一|的$")
SAID = 0.6               # share of the case's word pairs the sentence must say


def item_consequences(clauses: list[str], said: str) -> set[str]:
    """The clauses after the item's own case (its first clause ending in 的), when `said` (the
    sentence) says that case; none otherwise."""
    for k, c in enumerate(clauses):
        if c.rstrip("，,；;。 ").endswith("的"):
            case = bigrams(_GENERIC.sub("", bare(c.rstrip("，,；;。 "))))
            if not case or len(case & bigrams(bare(said))) / len(case) < SAID:
                return set()
            return set(clauses[k + 1:]) - {c}
    return set()
