"""Branch wmiss7: bare yes/no answers and "what is missing" answers that passed wrongly.

A denial held to one article's silence while another article of the regulation states just what is
denied; a two-part question ("…吗，规定里有吗") whose no had no claim of its own; 不一样 before a
sentence sending the case to the other's provision (依照前款规定处理); a "cannot tell" answer whose
missing sentence shares one word with the question but not the thing asked; 没有把X写进去 read with
its putting verb as the thing missing."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.sources import shipped_sources, with_documents
from rules.checker import answered_claims, check
from rules.checking.same_treatment import lead_sign, says_same
from rules.checking.verdicts import asked_thing
from rules.schema import RuleBook

BOOK = RuleBook()
SZ = shipped_sources()
YANCHUAN = with_documents([Path(__file__).parents[1] / "data" / "yanchuan-geohazard-2038.md"])


def _passes(question: str, draft: str, sources=SZ) -> bool:
    return check(question, draft, BOOK, sources=sources).passed


@pytest.mark.parametrize("question,draft,ok", [
    # the denial is stated by another article than the one the sentence best matches
    ("作出初步问责决定之后，还可以进一步问责吗？", "不可以。", False),
    ("作出初步问责决定之后，还可以进一步问责吗？", "可以。", True),
    ("初步问责之后还能进一步问责吗？", "初步问责之后就不得进一步问责了。", False),
    ("初步问责之后还能进一步问责吗？", "初步问责之后可以根据事故调查结果进一步问责。", True),
    # a no the text bears out keeps passing
    ("初步问责决定能代替最后的问责吗？", "不能。第十五条规定初步问责后还可以根据事故调查结果进一步问责。", True),
    ("特别重大事故以后要召开现场会吗？", "不需要。", False),
])
def test_denial_against_the_answering_article(question: str, draft: str, ok: bool) -> None:
    assert _passes(question, draft) is ok


def test_two_part_question_answers_the_first() -> None:
    assert answered_claims("较大事故要开现场会吗，规定里有吗？") == ("较大事故要开现场会", "较大事故不需要开现场会")
    assert answered_claims("较大事故要开现场会吗，条文写了没有") == ("较大事故要开现场会", "较大事故不需要开现场会")
    # a follow-up with content of its own is not a question about the text
    assert answered_claims("有利害关系，还能参加调查吗") == ("有利害关系，还能参加调查", "有利害关系，还不能参加调查")


@pytest.mark.parametrize("draft,ok", [
    ("没有。第十四条只提到区委区政府作出初步问责决定。", False),
    ("有。第十四条写了区委区政府要在24小时内召开现场会。", True),
])
def test_two_part_question_drafts(draft: str, ok: bool) -> None:
    assert _passes("发生较大事故，区里要开现场会吗，规定里有吗？", draft) is ok


def test_same_treatment_lead() -> None:
    assert lead_sign("不一样。") is False and lead_sign("没有区别。") is True and lead_sign("不能。") is None
    assert says_same("对分管负责人，依照前款规定处理。")
    assert not says_same("对分管负责人，依照前款规定处理；但是，已经督促落实的，可以从轻处理。")
    q = "负有领导责任的主要负责人受的处分，和直接责任人员相同吗？"
    sent = "第二十四条第二款写明，对负有领导责任的主要负责人、分管负责人，依照前款规定处理。"
    assert not _passes(q, "不相同。" + sent, YANCHUAN)
    assert _passes(q, "相同。" + sent, YANCHUAN)


def test_missing_answer_names_the_thing_asked() -> None:
    assert asked_thing("问责方式有哪些？") == "问责方式"
    assert asked_thing("问责包括哪几种方式") == "方式"
    assert asked_thing("第十八条有哪些情形") == ""
    missing = "第十八条列的不予问责情形在来源中断了。"
    assert not _passes("问责的方式都有哪些？", "无法确定。" + missing)
    assert _passes("不予问责的情形都有哪些？", "无法确定。" + missing)


@pytest.mark.parametrize("draft,ok", [
    ("第十五条没有把较大事故写进去。", True),      # its words name no severity (it refers to 第十四条)
    ("第十四条没有把较大事故写进去。", False),
    ("第十三条没有把重大事故列进去。", False),
    ("第十三条没有把较大事故写进去。", True),
])
def test_put_into_absence(draft: str, ok: bool) -> None:
    assert _passes("较大事故写在哪一条？", draft) is ok
