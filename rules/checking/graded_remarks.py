"""A marker's remarks on the answer a question quotes for marking: "回答没有编造清单内容，做法正确。"
to "请批改：“第十八条规定了不予问责的情形，但清单在来源中缺失。”".

Such a sentence says nothing of the regulation itself; it says of the quoted answer that it is
right (做法正确, 表述准确) or that it adds nothing of its own (没有编造…, 没有虚构…), or the opposite
(编造了…, 做法错误). Each clause is one of those marks, said of the answer (回答, 答案, 这个回答, 做法,
写法, 处理 as its subject). The sentence is then decided as a mark is (`verdicts.quoted_answer`):
the quoted answer judged as a sentence of its own, a positive remark right only when it is
verified, a negative one only when it is not. A clause that is no such mark leaves the sentence to
the other readers.
"""
from __future__ import annotations

import re

_SUBJECT = r"(?:这个|该|这一|同事的|学员的|你的|他的|她的|原)?(?:回答|答案|说法|做法|写法|处理|表述|答复)?(?:也|都|并)?"
_MADE_UP = r"(?:编造|捏造|虚构|杜撰|臆造|自行补充|自己补充|添加)"
_POSITIVE = re.compile(rf"^{_SUBJECT}(?:(?:是|很|完全|基本)?(?:正确|准确|恰当|妥当|可取|没有问题|没问题)(?:的)?|(?:没有|没|并未|未){_MADE_UP}[^，,。；;]{{0,12}})[。！!]?$")
_NEGATIVE = re.compile(rf"^{_SUBJECT}(?:(?:是)?(?:错误|不正确|不准确|不妥|有问题)(?:的)?|{_MADE_UP}了?[^，,。；;]{{0,12}})[。！!]?$")


def sign(sentence: str) -> bool | None:
    """True when every clause is a positive remark on the answer, False when every one is a
    negative remark, None otherwise (mixed, or a clause that is no remark)."""
    clauses = [c.strip() for c in re.split(r"[，,；;]", sentence.strip()) if c.strip("。！! ")]
    if not clauses:
        return None
    if all(_POSITIVE.match(c) for c in clauses):
        return True
    if all(_NEGATIVE.match(c) and not _POSITIVE.match(c) for c in clauses):
        return False
    return None
