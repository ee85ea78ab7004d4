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
