"""Holes found by reading (issue 10, branch holes9), each reading tested both ways: the right
sentence passes and a wrong twin of the same construction fails.

- exchanged.py: a term of a restated clause exchanged for the passage's (paraphrases of the paper
  and the report that name no article, and articles);
- transposed.py: two parts of a term exchanged in place;
- scope_bodies.py: a scope said of a unit 第二条 does not put before its leader word;
- bounded_answer.py: a yes/no to a question with a bound, by the figure;
- exhaustive.py: a part of a listed whole given as the whole, a listed member denied.
"""
from __future__ import annotations

import pytest

from rules.checking.bounded_answer import answered, bound
from tests.rules.checking import both_ways, verdict

# (question, right paraphrase, the same with one detail changed)
PARAPHRASES = [
    # the paper, no article named
    ("行政责任链条有什么功能？",
     "行政责任链条形成了两个闭环，一个是从绩效评估反馈到责任设定和目标管理的闭环，另一个是从责任追究反馈到履行职责的闭环。",
     "行政责任链条形成了两个闭环，一个是从绩效评估反馈到责任设定和目标管理的闭环，另一个是从绩效评估反馈到履行职责的闭环。"),
    ("行政责任链条有什么功能？",
     "行政责任链条形成了两个闭环，一个是从绩效评估反馈到责任设定和目标管理的闭环，另一个是从责任追究反馈到履行职责的闭环。",
     "行政责任链条形成了三个闭环，一个是从绩效评估反馈到责任设定和目标管理的闭环，另一个是从责任追究反馈到履行职责的闭环。"),
    ("行政责任链条有什么功能？",
     "论文说，另一个闭环是从责任追究反馈到履行职责，促进政府及其部门职责履行到位。",
     "论文说，另一个闭环是从绩效评估反馈到履行职责，促进政府及其部门职责履行到位。"),
    ("行政问责的原则？",
     "温家宝总理要求按照权责一致、依法有序、民主公开、客观公正的原则，加快建立以行政首长为重点的行政问责制度。",
     "温家宝总理要求按照权责分明、依法有序、民主公开、客观公正的原则，加快建立以行政首长为重点的行政问责制度。"),
    ("深圳的行政责任体系有什么特点？",
     "深圳市确定了行政责任机制的五个要素，即职责、目标、监督、评估、问责。",
     "深圳市确定了行政责任机制的六个要素，即职责、目标、监督、评估、问责。"),
    ("闭环有什么功能？",
     "论文说这两个闭环都应同时具有正、负反馈的功能，通俗地讲就是奖勤罚懒。",
     "论文说这两个闭环不应同时具有正、负反馈的功能，通俗地讲就是奖勤罚懒。"),
    ("监察局有什么特点？",
     "论文说深圳市监察局是目前全国唯一保持独立运作的监察机关。",
     "论文说深圳市监察局是目前全省唯一保持独立运作的监察机关。"),
    ("监察局在全国率先设立了什么？",
     "深圳在全国率先设立了效能监察室和电子监察室，突出和强化监察机关在政府内部监督体系中的统筹和主导作用。",
     "深圳在全国率先设立了效能监察室和电子监察室，突出和强化监察机关在政府外部监督体系中的统筹和主导作用。"),
    ("行政问责难以推行的原因？",
     "论文说如果缺少前4个中的任何一环，行政问责就难以系统、全面推行。",
     "论文说如果缺少前四个中的任何一环，行政问责就容易系统、全面推行。"),
    ("深圳的行政责任体系有什么特点？",
     "这个体系的一个特点是形成了从责任设定到责任履行、责任监督、责任考核、责任追究的有机整体和完整链条。",
     "这个体系的一个特点是形成了从责任设定到责任履行、责任监督、责任考核、责任追究的有机整体和完整闭环。"),
    # the report, no article named
    ("报告说经济情况怎样？",
     "报告说面对世界经济复苏乏力、外需市场低迷不振的严峻形势，深圳着力打好政策组合拳。",
     "报告说面对世界经济复苏强劲、外需市场低迷不振的严峻形势，深圳着力打好政策组合拳。"),
    # a four-character term with one half exchanged, named and unnamed
    ("第十三条讲什么原则？",
     "第十三条要求根据严格要求、实事求是、权责一致、惩教结合原则作出初步问责决定。",
     "第十三条要求根据严格要求、实事求是、权责分明、惩教结合原则作出初步问责决定。"),
    ("初步问责决定按什么原则作出？",
     "初步问责决定要根据严格要求、实事求是、权责一致、惩教结合的原则作出。",
     "初步问责决定要根据严格要求、实事求是、权责分明、惩教结合的原则作出。"),
]


@pytest.mark.parametrize("question,right,wrong", PARAPHRASES)
def test_a_term_exchanged_in_a_paraphrase_fails(question: str, right: str, wrong: str) -> None:
    both_ways(question, right, wrong, unsupported=True)


TRANSPOSED = [
    ("第十三条的原则？",
     "第十三条要求按照严格要求、实事求是、权责一致、惩教结合的原则作出初步问责决定。",
     "第十三条要求按照严格要求、实事求是、权责一致、教惩结合的原则作出初步问责决定。"),
    ("第五条说了什么？",
     "强令、授意实施违法行政行为的，应当问责。",
     "强令、授意实施行政违法行为的，应当问责。"),
    ("论文怎么说的？",
     "论文说要加快建立以行政首长为重点的行政问责制度。",
     "论文说要加快建立以首长行政为重点的行政问责制度。"),
]


@pytest.mark.parametrize("question,right,wrong", TRANSPOSED)
def test_two_parts_of_a_term_exchanged_in_place_fail(question: str, right: str, wrong: str) -> None:
    both_ways(question, right, wrong, unsupported=True)


SCOPE = [
    ("本规定适用于哪些人？", "本规定适用于市委、市政府工作部门领导班子成员。", "本规定适用于市委、市政府领导。"),
    ("本规定适用于哪些人？", "本规定适用于区委、区政府领导班子成员。", "本规定适用于市人大领导。"),
    ("问责对象有哪些？", "问责对象包括市委、市政府工作部门领导班子成员。", "问责对象包括市委领导班子成员。"),
    ("本规定所称党政领导干部是哪些？", "本规定所称党政领导干部包括街道党政领导成员。",
     "本规定所称党政领导干部包括社区党委领导成员。"),
]


@pytest.mark.parametrize("question,right,wrong", SCOPE)
def test_a_scope_of_a_unit_not_listed_before_its_leaders_fails(question: str, right: str, wrong: str) -> None:
    both_ways(question, right, wrong, unsupported=True)


BOUNDED = [
    # (question, right answer, wrong answer)
    ("深圳PCT国际专利申请占全国一半以上吗？", "不是。占全国46.9%。", "是的。占全国46.9%。"),
    ("深圳PCT国际专利申请占全国超过四成吗？", "是的。占全国46.9%。", "没有。占全国46.9%。"),
    ("中国专利金奖获奖数占全国不到五分之一吗？", "不是，占全国1/5。", "是的，占全国1/5。"),
    ("PCT国际专利申请超过1万件了吗？", "是的，PCT国际专利申请1.33万件。", "没有，PCT国际专利申请1.33万件。"),
    ("PCT国际专利申请超过2万件了吗？", "没有，PCT国际专利申请1.33万件。", "是的，PCT国际专利申请1.33万件。"),
]


@pytest.mark.parametrize("question,right,wrong", BOUNDED)
def test_a_yes_or_no_to_a_bound_is_judged_by_the_figure(question: str, right: str, wrong: str) -> None:
    both_ways(question, right, wrong, unsupported=True)


def test_bounds_are_read_in_any_numeral_form() -> None:
    assert bound("占一半以上吗？") == (">", "ratio", 0.5)
    assert bound("不到三分之一吧？")[:2] == ("<", "ratio")
    assert bound("超过四成了吗？") == (">", "ratio", 0.4)
    assert bound("至少百分之三十吗？") == (">", "ratio", 0.3)
    assert bound("深圳的专利多吗？") is None
    assert answered("占一半以上吗？", "占全国46.9%。") is False
    assert answered("不到1/5吗？", "占全国16%。") is True
    assert answered("一半以上吗？", "正好占50%。") is True        # 以上 includes the bound
    assert answered("超过一半吗？", "正好占50%。") is False       # 超过 does not
    assert answered("占一半以上吗？", "增长很快。") is None


LISTS = [
    ("第十条第二款列了哪些？",
     "第十条第二款列的是训诫、责令作出书面检查、通报批评和责令公开道歉。",
     "第十条第二款列的是训诫、责令作出书面检查、通报批评，没有责令公开道歉。"),
    ("第十条第二款列了哪些？",
     "第十条第二款列的是训诫、责令作出书面检查、通报批评、责令公开道歉。",
     "第十条第二款列了训诫、通报批评、责令公开道歉，没有责令作出书面检查。"),
    ("第十一条说了什么？",
     "第十一条中按中办发[2009]25号文件执行的是责令公开道歉、停职检查、引咎辞职、责令辞职、免职。",
     "第十一条中按中办发[2009]25号文件执行的是责令公开道歉、停职检查、引咎辞职、责令辞职。"),
    ("第五条说了什么？",
     "第五条第二项列的是市场监管、环境保护、土地管理、安全生产等领域。",
     "第五条第二项列的是市场监管、环境保护、安全生产，没有食品药品安全。"),
]


@pytest.mark.parametrize("question,right,wrong", LISTS)
def test_a_part_given_as_the_whole_list_fails(question: str, right: str, wrong: str) -> None:
    both_ways(question, right, wrong, unsupported=True)


def test_a_list_closed_with_deng_names_examples() -> None:
    """等 after a list is no claim of the whole (the right twin above); nor is a right list."""
    assert verdict("第十条第二款列了哪些？", "第十条第二款列的是训诫、书面检查、通报批评、公开道歉。").passed


def test_a_modal_of_the_same_strength_is_no_exchange() -> None:
    """要 for the paper's 应 says the same duty; 可 for it grants a permission instead."""
    both_ways("论文中行政复议、行政诉讼的案件怎么转入问责？",
              "论文说，发生行政复议和行政诉讼的，有关部门要及时报告法制部门。",
              "论文说，发生行政复议和行政诉讼的，有关部门可及时报告法制部门。", unsupported=True)
