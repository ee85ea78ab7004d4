"""The one a duty is owed to, after 向 (branch `r21miss`): "…必须在一个月内就…等，向本级人民代表大会作出说明" where the
passage says "…向本级人民政府作出说明".

A clause that restates a passage sentence word for word but for the party after 向 (向X作出说明 /
报告 / 道歉 / 提出 / 申请 …) shares almost every character pair with it, so the support test
passes it; yet who is told, asked or apologised to is the claim. Read here: for each 向X + verb of
the clause, the held passages' sentences that have 向Y with the same verb and restate the clause
(MIN_SHARE of its content pairs, the party set aside) decide: X must be Y, or one hold the other
(本级政府 / 本级人民政府 is left to the support test only when one is inside the other). A clause
whose verb no held sentence has after 向 decides nothing.
"""
from __future__ import annotations

import re

from .support import coverage

MIN_SHARE = 0.75
_VERB = r"(?:作出|做出|提出|提交|报告|报送|汇报|说明|道歉|申请|申诉|反映|举报|通报|备案|负责|公开|公布|交代|检讨)"
_TO = re.compile(r"向([^，,。；;：:、“”（）()\s向]{2,16}?)(" + _VERB + r"[\u4e00-\u9fff]{0,3})")


def may_concern(sentence: str) -> bool:
    return "向" in sentence and bool(_TO.search(sentence))


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。；;！？!?])", text) if s.strip()]


def problems(sentence: str, held: list[str]) -> list[str]:
    """Why the party after 向 is not the one the restated passage sentence names."""
    out = []
    for clause in re.split(r"(?<=[。；;！？!?])", sentence):
        for m in _TO.finditer(clause):
            mine, verb = m.group(1), m.group(2)
            rest = clause[:m.start()] + clause[m.end():]
            if len(rest) < 12:
                continue                    # too little left to say which sentence is restated
            theirs = []
            for text in held:
                for s in _sentences(text):
                    for t in _TO.finditer(s):
                        if t.group(2)[:2] != verb[:2]:
                            continue
                        if coverage(rest, s[:t.start()] + s[t.end():]) >= MIN_SHARE:
                            theirs.append(t.group(1))
            if not theirs or any(mine in y or y in mine for y in theirs):
                continue
            out.append(f"原文是向“{theirs[0]}”{verb}，不是向“{mine}”")
    return out
