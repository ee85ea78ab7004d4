"""A yes/no question that asks whether a negation holds: "追责决定是不是就先不执行了？".

The lead of an answer ("不会。") is judged as the claim it answers, composed from the question:
the no of "A是不是P" is "A不是P". When P itself says no (先不执行, 不用交, 没有处理), that claim
is a double negation ("不是就先不执行了") the support test cannot read: it finds the text's
negation (不停止执行) beside a 不 of its own and calls the claim contradicted, so a right "不会。"
before a sentence that says the text's words is flagged. For such a question the composed no is
no evidence either way; the lead is then judged as any lead whose claim is undecided, by the
sentence after it. A yes ("会。", "是的。") is judged as before: its claim is P, read as written.
"""
from __future__ import annotations

import re

# 是不是 / 是否 / 会不会 / 能不能 before a predicate that carries a negation of its own
_ASKED = re.compile(r"(?:是不是|是否|会不会|能不能)(?P<pred>[^，,。；;？?]{1,20})")
_NEGATION = re.compile(r"不(?!是|会|能)|没有?|未|无需|无须|免")


# (g21alarm) the modal asked by 吗 at the question's end: "处分能先不执行吗", "可以不报告吗"
_ASKED_MA = re.compile(r"(?:能|可以|可|会|需要|要)(?P<pred>[^，,。；;？?]{1,20}?)(?:吗|么)[？?]?\s*$")


def asks_negation(question: str) -> bool:
    """Whether the question asks if a negated predicate holds (是不是就先不执行了, 能先不执行吗)."""
    m = _ASKED.search(question) or _ASKED_MA.search(question.strip())
    return bool(m and _NEGATION.search(m.group("pred")))
