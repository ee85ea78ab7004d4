"""A bar or a duty said to last without end where the text bounds it by a period (branch `g15miss`).

"被解除聘用的护林员不得再被聘用为护林员，没有期限限制" where the text says "被解除聘用的，2年内不得再
被聘用为护林员": the sentence drops the period (2年内) and adds that there is none, and every
other word of it is in the clause, so the support test passes it. Read here: a sentence that says
its act has no time limit (没有期限 / 没有时间限制 / 不受期限限制 / 不限期限 / 终身 / 永久 / 永远 /
一辈子) is held to the clause of the articles it is held to that it restates (most of that clause's
content pairs, its period aside, are the sentence's, and at least four): when that clause bounds the
act by a period (N年内 / N日以内 / N个月内 …) the sentence is wrong. A sentence restating no clause,
or a clause with no period, is left to the other readings, and so is an article that itself says
something lasts without end (终身不得…) beside its periods.
"""
from __future__ import annotations

import re

from .one_clause import _content, clauses_of
from .sources import bare, bigrams

_UNBOUNDED = re.compile(r"(?:没有|没|无|未|不设|未设|不受|不限)(?:任何)?(?:时间|期限|年限)(?:上的)?(?:限制)?|"
                        r"(?:不限|没有|未|无)(?:时间|期限|年限)|终身|永久|永远|一辈子|这辈子")
_PERIOD = re.compile(r"\d+(?:\.\d+)?(?:个)?(?:年|月|日|天|小时|个工作日|工作日)(?:以)?内")
SHARE = 0.6     # of the clause's content pairs (its period aside) the sentence must hold
MIN = 4


def may_concern(sentence: str) -> bool:
    return bool(_UNBOUNDED.search(sentence))


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    """The clause the sentence restates without its period (empty when none is clear)."""
    said = _content(bigrams(_UNBOUNDED.sub("，", sentence)))
    for n, text in articles:
        if _UNBOUNDED.search(text):
            continue         # the article itself has a bar without end (终身不得…) beside its periods
        for c in clauses_of(n, text):
            period = _PERIOD.search(c.raw)
            if not period:
                continue
            # the part of the clause the period bounds: from the period to the clause's end
            bounded = _content(bigrams(bare(c.raw[period.end():])))
            if len(bounded) < MIN or len(bounded & said) < max(MIN, SHARE * len(bounded)):
                continue
            return [f"原文对此有期限（{c.raw[:40]}），不是没有期限"]
    return []
