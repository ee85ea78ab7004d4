"""The readers that catch the wrong drafts of the seventh blind round that passed on arrival, each
tested both ways: the wrong form fails, a right twin of the same construction passes. Sentences
are free wording of the same constructions, not only the round's drafts themselves (those are in
adversarial_drafts_7.yaml)."""
from __future__ import annotations

import pytest

from tests.rules.checking import BOOK, SOURCES, verdict


# (question, right draft, wrong draft, a word the problem of the wrong one names)
PAIRS = [
    # a denied inclusion: the parenthesis 区（包括管理区） says the opposite
    ("管理区在不在适用范围？",
     "第二条说的“区”包括管理区，所以管理区的领导也适用本规定。",
     "第二条说的“区”不包括管理区，所以管理区的领导不适用本规定。", "管理区"),
    ("管理区算不算区？",
     "管理区算在“区”里。",
     "管理区不算在“区”里。", "管理区"),
    # an absence widened by a quantifier (任何) is an absence of the thing after it
    ("问责规定有没有讲诫勉谈话？",
     "这份规定没有提到任何诫勉谈话的内容。",
     "这份规定只讲问责方式，没有提到任何党纪政纪处分的内容。", "党纪政纪处分"),
    # an absence with no object of its own (没有任何规定) is of the 对-topic before it
    ("事故问责组的组成，规定里写了吗？",
     "第十五条对由哪个机关进一步问责没有任何规定。",
     "第十二条只说要成立事故问责组，对由哪些机关组成没有任何规定。", "组成"),
    # 再 before the thing widens the absence; 安排 is a generic head like 规定
    ("初步问责决定是不是最终的？",
     "初步问责决定作出后，规定没有再开第二次现场会的安排。",
     "初步问责决定作出后，规定没有再进一步问责的安排。", "进一步问责"),
    # the recipient of a handing-over verb is held to the passage
    ("论文说行政复议撤销了具体行政行为后怎么处理？",
     "论文说，存在行政过错的，移送监察机关或者主管行政机关处理。",
     "论文说，存在行政过错的，移送人民法院处理。", "人民法院"),
    # a count the passage gives otherwise, even when it matches the sentence's own list
    ("论文提出的行政责任机制有哪些要素？",
     "论文提出了五个要素：职责、目标、监督、评估、问责。",
     "论文提出了四个要素：职责、目标、监督、问责。", "四个要素"),
    # 及其 where the passage joins the same words directly
    ("这个规定管哪些人？",
     "管的是市委、市政府工作部门的领导班子成员，区党政及其工作部门的领导班子成员，内设机构领导成员，还有街道党政领导成员。",
     "管的是市委、市政府及其工作部门的领导班子成员，区党政及其工作部门的领导班子成员，内设机构领导成员，还有街道党政领导成员。",
     "及其"),
    # a cut said of each of several articles is held to each
    ("规定哪些条文不完整？",
     "只有第十八条不完整：第十八条只保留了开头一句，第十七条是完整的。",
     "第十七条和第十八条都不完整：第十七条只保留了半句，第十八条只有开头。", "第十七条"),
    ("规定哪些条文不完整？",
     "第十八条不完整，只保留了开头。",
     "第十七条和第十八条都不完整。", "第十七条"),
]


@pytest.mark.parametrize("question,right,wrong,word", PAIRS, ids=[p[2][:16] for p in PAIRS])
def test_wrong_fails_and_right_twin_passes(question, right, wrong, word):
    good = verdict(question, right)
    assert good.passed, good.problems
    bad = verdict(question, wrong)
    assert not bad.passed
    assert any(word in p for p in bad.problems), bad.problems


def test_item_numbers_and_a_list_count_are_no_recount():
    """（一） in an article numbers an item, and 六项： counts the list after it: neither is a count
    the passage gives otherwise."""
    r = verdict("公共安全管理哪些情形应当问责？", "第五条列了六项：因工作失职致使本地区、本部门、本系统或本单位发生公共安全事故。")
    assert r.passed, r.problems


def test_a_level_without_its_own_name_is_not_widened():
    """区政府及其工作部门: the passage joins 政府 and 工作部门 only for 市, so 及其 of 区 is not read."""
    from rules.checking.widening import widened
    text = SOURCES.article(2, BOOK.regulation.document).text
    assert widened("区政府及其工作部门的领导班子成员", text) == []
    assert widened("市政府及其工作部门的领导班子成员", text) == ["市政府及其工作部门"]
