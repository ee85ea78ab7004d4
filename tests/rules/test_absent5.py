"""Branch absent5: absence claims ("…没有提到…", "…里没有出现…") in word orders other than
"SCOPE没有提到THING", and of a term named as a word. Each reading is tested both ways: the true
absence passes, the same shape with a thing the scope has fails. The sentences are written here
against the shipped Shenzhen sources (the 2016 work report has 问责, not 问责制; the regulation sets
who forms the 事故问责组 and the procedure of 训诫…调离现工作岗位, and no time bar of 问责).
"""
from __future__ import annotations

import pytest

from rules.checking import absence_order
from tests.rules.checking import both_ways, verdict


@pytest.mark.parametrize("part,term", [
    ("问责这个词", "问责"), ("问责这两个字", "问责"), ("问责字样", "问责"), ("问责的字样", "问责"),
    ("“问责”一词", "“问责”"), ("问责二字。", "问责。"), ("问责这种说法", "问责"),
    ("签字", "签字"), ("这个词", "这个词"), ("统一字样", "统一"),
])
def test_words_for_wording_are_no_part_of_the_term(part, term):
    assert absence_order.unworded(part) == term


@pytest.mark.parametrize("right,wrong", [
    ("政府工作报告里没有出现问责制这个词。", "政府工作报告里没有出现问责这个词。"),
    ("政府工作报告里没有出现“问责制”这个词。", "政府工作报告中没有“问责”一词。"),
    ("2016年政府工作报告没有提到问责制这三个字。", "2016年政府工作报告没有提到问责这两个字。"),
    ("规定里没有问责时效的字样。", "政府工作报告里没有问责字样。"),
    ("规定没有提到问责时效这个词。", "规定没有提到事故问责组这个词。"),
])
def test_a_term_named_as_a_word_is_the_term(right, wrong):
    both_ways("报告里提到问责了吗？", right, wrong)


@pytest.mark.parametrize("right,wrong", [
    ("问责制在2016年政府工作报告中没有出现。", "问责在2016年政府工作报告中没有出现。"),
    ("“问责制”这个词在政府工作报告里没有出现。", "问责这个词在政府工作报告里没有出现。"),
    ("问责的时效在规定里没有出现。", "事故问责组这个词在规定里没有出现。"),
    ("问责制三个字，政府工作报告里没有出现。", "问责二字，政府工作报告里没有出现。"),
])
def test_the_term_first_then_the_scope(right, wrong):
    both_ways("这个词出现过吗？", right, wrong)


def test_the_scope_said_by_its_title_is_no_thing():
    assert absence_order.fronted("问责在2016年政府工作报告中", lambda s: "报告" in s) == ("问责", "2016年政府工作报告")
    assert absence_order.fronted("问责在岗位上", lambda s: False) is None


@pytest.mark.parametrize("right,wrong", [
    ("问责的时效，规定没有写。", "事故问责组由谁组成，规定没有写。"),
    ("问责决定由谁送达，规定没有写。", "事故问责组由哪些部门组成，本规定没有写明。"),
    ("第十二条没有规定问责的时效。", "事故问责组由谁组成，第十二条没有规定。"),
    ("问责的时效，第十二条没有规定。", "多长时间内召开现场会，第十三条没有规定。"),
])
def test_the_asked_thing_first_the_denial_after(right, wrong):
    both_ways("规定怎么说？", right, wrong)


def test_an_asked_topic_is_not_a_claim_of_its_own():
    # a clause that asserts (no question word) is not rewritten into the absence
    assert absence_order.topic_last(["事故问责组由纪委组成，", "规定没有写。"], 1, "没有写", "规定", "。", True) is None
    assert absence_order.topic_last(["事故问责组由谁组成，", "规定没有写。"], 1, "没有写", "规定", "。", True) == \
        "规定没有写事故问责组由谁组成。"


@pytest.mark.parametrize("right,wrong", [
    ("规定在第十二条里写了事故问责组，没有写问责的时效。",
     "规定只在第十条里列了“调离现工作岗位”这种方式，没有说明它按什么程序执行，需要参照其他文件。"),
    ("第十条没有说明通报批评按什么程序执行。", "规定没有说明通报批评按什么程序执行。"),
    ("规定在第十条里提到训诫，但没有说明问责的时效。", "规定在第十二条里写了事故问责组，没有写训诫按什么程序执行。"),
])
def test_the_document_the_subject_its_denial_is_the_documents(right, wrong):
    both_ways("调离岗位按什么程序，规定里有写吗", right, wrong)


def test_an_article_the_subject_keeps_its_own_scope():
    assert absence_order.document_scope("第十条列了训诫，", "没有说明它按什么程序执行，") is None
    assert absence_order.document_scope("规定在第十条里列了训诫，", "第十条没有说明程序，") is None
    # the article the subject: the procedure is 第十一条's, not 第十条's
    assert verdict("问", "第十条列了通报批评，但第十条没有说明通报批评按什么程序执行。").passed


def test_an_asked_time_with_its_topic_first():
    assert absence_order.topic_after("现场会在多长时间内召开") == "多长时间内召开现场会"
    assert absence_order.topic_after("召开现场会") is None
    both_ways("现场会什么时候开？", "第十三条没有规定问责的时效。", "第十三条没有规定现场会在多长时间内召开。")
    both_ways("现场会什么时候开？", "问责的时效，第十三条没有规定。", "现场会要在几个小时内召开，规定没有写。")


def test_an_asked_agent_is_of_the_thing_its_modifier_names():
    # qinglan-county-school-2034: 第二十一条 says 副县长担任主任 of the 申诉委员会; the 县校安办's
    # 主任 is named nowhere, and the shared head noun 主任 does not make the article about it
    from tests.rules.checking import ingested
    school = ingested("qinglan-county-school-2034")
    both_ways("主任由谁担任，办法有说吗？", "县校安办主任由谁担任，办法没有规定。",
              "申诉委员会主任由谁担任，办法没有规定。", school)
    both_ways("主任由谁担任，办法有说吗？", "办法没有规定县校安办的主任由谁担任。",
              "办法没有规定申诉委员会的主任由谁担任。", school)


def test_a_scope_word_after_zai_keeps_the_things_own_reading():
    # 来源中 is a scope word: "这两条的具体内容在来源中并没有收录" is read as before, a true absence
    assert verdict("从重从轻情节按什么执行？", "这两条的具体内容在来源中并没有收录。").passed
