"""A consequence added inside a restated provision: "暂停审核资格期间，被追究人停发绩效奖金，并参加不
少于20学时的业务培训" where the text says "暂停期间，被追究人不得从事资格审核…，并应当参加不少于二
十学时的业务培训".

The sentence keeps most of the provision's words, so the support test, weighing it whole, passed
it; `provisos` reads a clause added after 但 / 并 / 同时, but a consequence may sit between the
provision's own clauses with no connective at all. Read here: when one clause of the sentence
restates a clause of the passages (HEAD_BAR of its words), each other clause that imposes a
consequence of a kind the whole document never names (a verb of sanctioning or withholding: 停发,
扣发, 罚款, 吊销, 赔偿 … absent from it) on words it does not have (most of them in no character pair
of the document, or a run of new ones) is a consequence the text does not provide; a conclusion
the draft draws (所以…, 也就是说…) is not read. A negated consequence (不停发, 没有规定扣发) or a
clause naming its own provision is left to the other readers.
"""
from __future__ import annotations

import re

from .numerals import arabic
from .provisos import _novel
from .sources import SourceText, bare
from .support import coverage

# verbs that impose a consequence on a person: withholding pay, fining, revoking, dismissing
_CONSEQUENCE = re.compile(r"停发|扣发|扣减|扣除|减发|停止发放|取消|降低|罚款|处以|并处|没收|吊销|撤销|开除|辞退|解聘|"
                          r"赔偿|追偿|退还|收回|降级|降职|撤职|记过|记大过|警告|禁止|限制")
_CLAUSES = re.compile(r"[，,；;]")
_NEGATED = re.compile(r"不|没|未|无|非|免|勿|否")
_REFERS = re.compile(r"第[零一二两三四五六七八九十百\d]+[条款项]|[（(][一二三四五六七八九十\d]+[)）]|《")
# a conclusion the draft draws (所以罚款照样要执行) is no consequence it says the text imposes
_INFERRED = re.compile(r"^(?:所以|因此|因而|故|也就是说|换句话说|可见|这意味着|意味着|即)")
_TALK = re.compile(r"没有规定|未规定|并未|并没有|没提|未提|不涉及|无此|是否")
HEAD_BAR = 0.8
MIN_CLAUSE = 6           # characters of a clause that restates the passage


def problems(sentence: str, passages: list[SourceText], document: str) -> list[str]:
    if not passages or not _CONSEQUENCE.search(sentence) or _TALK.search(sentence):
        return []
    clauses = [c.strip() for c in _CLAUSES.split(sentence.rstrip("。！")) if bare(c)]
    if len(clauses) < 2:
        return []
    held = arabic("\n".join(p.text for p in passages))
    restating = [i for i, c in enumerate(clauses) if len(bare(c)) >= MIN_CLAUSE and not _CONSEQUENCE.search(c)
                 and coverage(arabic(c), held) >= HEAD_BAR]
    if not restating:
        return []
    whole = arabic(document)
    for i, c in enumerate(clauses):
        m = _CONSEQUENCE.search(c)
        if i in restating or m is None or _REFERS.search(c) or _NEGATED.search(c[max(0, m.start() - 3):m.start()]):
            continue
        act = arabic(c[m.start():])
        if len(bare(act)) < 4 or m.group(0) in whole or _INFERRED.match(c):
            continue          # a kind of consequence the document imposes somewhere, or a conclusion drawn
        if _novel(act, whole):
            return [f"“{c}”不见于{'、'.join(p.label for p in passages)}：原文没有这一后果"]
    return []
