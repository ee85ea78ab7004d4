"""A marker's score or verdict on the answer the draft itself gives: "评分：满分。要点——…",
"【批改】学员答：…——答案正确，给满分。".

Such a remark says nothing of the regulation; it says the answer beside it is right. It is true
exactly when that answer is, so it is never framing: a full-marks remark is verified only when
every other sentence of the draft is verified or quoted (at least one of them a claim), and stays
unsupported otherwise. A partial score or a negative remark (扣分, 答案错误) is left unsupported:
the checker cannot tell which part the marker faulted.
"""
from __future__ import annotations

import re

from . import graded_remarks

# the marker's label before the remark: 评分：, 【批改】, a dash
_LABEL = re.compile(r"^(?:[—\-–]+|【[^】]{1,6}】|(?:评分|得分|打分|分数|成绩|评语|批改|结论)[：:])+")
# full marks in the marker's words: 满分, 给满分, 得满分, 满分10分, 10分（满分10分）is not read
_FULL = re.compile(r"^(?:可以|应)?(?:给|得|打|评|记)?(?:满分|全对|全部正确)(?:[。！!]|$)")


def _clause_positive(clause: str) -> bool:
    c = _LABEL.sub("", clause.strip()).strip()
    return bool(c) and (bool(_FULL.match(c)) or graded_remarks.sign(c) is True)


def full_marks(sentence: str) -> bool:
    """True when every clause of the sentence is a marker's positive remark on the answer."""
    clauses = [c for c in re.split(r"[，,；;。！!]", _LABEL.sub("", sentence.strip())) if c.strip("—-– ")]
    return bool(clauses) and all(_clause_positive(c) for c in clauses)


def judged(verdicts: list, is_remark=full_marks) -> list[tuple[int, bool, str]]:
    """(index, ok, why) for each unsupported full-marks remark among `verdicts`: ok when every
    other sentence is verified or a quote (framing aside) and one at least is a claim."""
    remarks = [i for i, v in enumerate(verdicts) if v.verdict == "unsupported" and is_remark(v.text)]
    rest = [v for i, v in enumerate(verdicts) if i not in remarks and v.verdict != "framing"]
    ok = bool(rest) and all(v.verdict in ("verified", "quote") for v in rest)
    why = "评语说回答正确，所评的各句都有依据" if ok else "评语说回答正确，但所评的回答有句子没有依据"
    return [(i, ok, why) for i in remarks]
