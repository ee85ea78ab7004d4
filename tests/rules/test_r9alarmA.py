"""Round 9's right drafts flagged for how they were said (branch r9alarmA): each reading tested
both ways, the right form passes and a wrong twin of the same construction fails."""
from __future__ import annotations

import pytest

from tests.rules.checking import both_ways, verdict

# --- advice to read the source itself is framing (rules/checking/advice.py) --------------------

RIGHT_FIRST = "第十五条规定，初步问责后，根据事故调查结果，可依照中办发[2009]25号文件进一步问责。"


@pytest.mark.parametrize("advice", ["具体细节建议对照原文。", "建议直接查阅该文件原文。", "请自行核对条文全文。"])
def test_advice_to_read_the_source_is_framing(advice: str) -> None:
    got = verdict("第十五条讲什么？", RIGHT_FIRST + advice)
    assert got.passed, got.problems
    assert got.sentences[-1].verdict == "framing"


@pytest.mark.parametrize("wrong", [
    "较大事故街道主任免职的细节建议对照原文。",       # a claim in the topic is no framing
    "建议对照第十四条原文，街道党政领导正职免职。",   # nor a claim after the advice
])
def test_advice_carrying_a_claim_is_judged(wrong: str) -> None:
    both_ways("第十五条讲什么？", RIGHT_FIRST + "具体细节建议对照原文。", RIGHT_FIRST + wrong)


# --- "the sources cannot answer": true of an outside document's content (unanswerable.py) -----

@pytest.mark.parametrize("question, sentence", [
    ("能告诉我中办发25号第八条规定了哪些从重情节吗？", "从这些资料里回答不了。"),
    ("中办发[2009]25号第九条规定了哪些从轻情节？", "现有资料无法回答这个问题。"),
    ("《深圳市行政过错责任追究办法》第三条讲什么？", "这个问题无法从现有资料中回答。"),
])
def test_unanswerable_of_an_outside_document(question: str, sentence: str) -> None:
    got = verdict(question, sentence)
    assert got.passed, got.problems


@pytest.mark.parametrize("question", [
    "第十四条讲什么？",                           # an article of the knowledge base
    "第十一条说哪些方式按中办发25号执行？",         # the outside document named as a basis only
    "较大事故街道主任会怎样？",
])
def test_unanswerable_of_what_the_sources_answer_fails(question: str) -> None:
    got = verdict(question, "从这些资料里回答不了。")
    assert not got.passed


# --- a claim denied of the text (denied_claim.py) ------------------------------------------------

Q_STATE = "请批改：“重大事故的初步问责决定由国务院作出，深圳市只负责执行。”"


@pytest.mark.parametrize("right, wrong", [
    ("条文并没有说国务院作初步决定。", "条文并没有说市委、市政府作初步决定。"),
    ("第十三条没有说国务院作出初步问责决定。", "第十三条没有说市委、市政府作出初步问责决定。"),
    ("第十四条没有规定街道党政领导正职停职检查。", "第十四条没有规定街道党政领导正职责令公开道歉。"),
    ("第十四条没有规定街道党政领导正职撤职。", "第十四条没有规定街道党政领导分管副职停职检查。"),
])
def test_a_claim_denied_of_the_text(right: str, wrong: str) -> None:
    both_ways(Q_STATE, right, wrong)


def test_the_article_named_decides_the_denial_not_the_question() -> None:
    # under a question about 重大 accidents, 第十四条 (较大) still gives 街道正职 责令公开道歉
    got = verdict("重大事故街道主任会怎样？", "第十四条没有规定街道党政领导正职责令公开道歉。")
    assert not got.passed


def test_a_mention_denied_is_no_claim() -> None:
    got = verdict("第十五条的进一步问责覆盖哪些事故？", "第十五条只提到第十三条、第十四条；条文没有提到第十六条。")
    assert got.passed, got.problems


@pytest.mark.parametrize("right, wrong", [
    ("按第十三条，重大事故由市委、市政府作初步决定。", "按第十三条，重大事故由国务院作初步决定。"),
    ("较大事故由区委（党工委）、区政府（管委会）作初步决定。", "较大事故由市委、市政府作初步决定。"),
])
def test_the_initial_decision_by_its_short_name(right: str, wrong: str) -> None:
    both_ways("初步问责决定由谁作出？", right, wrong)
