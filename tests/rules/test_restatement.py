"""The readers added for the fifth blind round (rules/checking/restatement.py and the readers beside
it), each tested both ways: the sentence that keeps the source's words passes, the one that
changes them fails, and the problem names what changed. Sentences are free wording, not the
round's drafts."""
from __future__ import annotations

import pytest

from tests.rules.checking import verdict


PAIRS = [
    # a permission where the article imposes the act (应, or the act stated plainly)
    ("第十三条规定，市委、市政府应在24小时内召开现场会。",
     "第十三条规定，市委、市政府可以在24小时内召开现场会。", "可以"),
    ("按第四条，涉嫌犯罪的，移送司法机关依法处理。",
     "按第四条，涉嫌犯罪的，可以移送司法机关依法处理。", "可以"),
    # the level of a place
    ("第一条说本规定结合我市实际制定。", "第一条说本规定结合全省实际制定。", "全省"),
    # a figure set beside another; the pairs a passage's 分别 makes
    ("报告说，2015年PM2.5年均浓度降至29.8微克/立方米。",
     "报告说，2013年PM2.5年均浓度降至29.8微克/立方米。", "2013"),
    ("报告说，辖区公共财政收入7238.8亿元，增长30.4%。",
     "报告说，辖区公共财政收入7238.8亿元，增长30.9%。", "30.9"),
    # 及其 widening a group to the bodies themselves
    ("第二条所称党政领导干部包括市委、市政府工作部门领导班子成员。",
     "第二条所称党政领导干部包括市委、市政府及其工作部门领导班子成员。", "及其"),
    # roles shortened: a 的 inside the role, the second role keeping the first's unit
    ("较大事故，区有关职能部门的分管副职责令作出书面检查。",
     "较大事故，区有关职能部门的分管副职给予通报批评。", "通报批评"),
    ("重大事故，区党政领导分管副职、街道党政领导正职停职检查。",
     "重大事故，街道党政领导正职、分管副职停职检查。", "停职检查"),
    # the article cited by the regulation's own title, for a severity it does not cover
    ("《深圳市党政领导干部问责暂行规定》第十三条规定，重大事故对街道党政领导正职停职检查。",
     "《深圳市党政领导干部问责暂行规定》第十四条规定，重大事故对街道党政领导正职停职检查。", "第十四条"),
    # the order of the decisions: waited for is after
    ("第十三条规定，市委、市政府在国务院、省作出问责决定前作出初步问责决定。",
     "第十三条规定，市委、市政府须待国务院、省作出问责决定，再作出初步问责决定。", "之后"),
    # bodies acting together
    ("重大事故由市委、市政府召开现场会并作出初步问责决定。",
     "重大事故由市政府单独召开现场会并作出初步问责决定。", "单独"),
    # a short name said to stand for another title, beside a list
    ("第七条所说的《办法》指的是《深圳市行政过错责任追究办法》。",
     "第七条所说的《办法》指的是《深圳市人民政府部门行政首长问责暂行办法》。", "《办法》"),
    # 它们 after a saying verb
    ("训诫、责令作出书面检查、通报批评、责令公开道歉这四种，第十条第二款写明它们可以合并适用。",
     "训诫、通报批评、调离现工作岗位这三种，第十条第二款写明它们可以合并适用。", "调离现工作岗位"),
    # counted groups of measures, each on its own
    ("较轻一组四种（训诫、责令作出书面检查、通报批评、调离现工作岗位），较重一组五种（责令公开道歉、停职检查、引咎辞职、责令辞职、免职）。",
     "较重一组四种（停职检查、引咎辞职、责令辞职、免职），较轻一组五种（训诫、责令作出书面检查、通报批评、责令公开道歉、调离现工作岗位）。", "5种"),
    # an article said to reach only some of the articles it names
    ("第十五条针对的是按第十三条、第十四条作出的初步问责。",
     "第十五条只针对第十三条的初步问责。", "第十四条"),
    # a restriction of the scope leaving rows out
    ("第二条覆盖领导班子成员、内设机构领导成员和街道党政领导成员。",
     "第二条只覆盖领导班子成员和街道党政领导成员。", "内设机构"),
    # a measure added to what the named article provides
    ("按照第四条，需要追究纪律责任的，依照有关规定给予党纪政纪处分。",
     "按照第四条，需要追究纪律责任的，给予党纪政纪处分，并一律免职。", "免职"),
    # beside a missing article: what the source keeps of it
    ("第十八条讲的是不予问责的情形，具体情形来源中缺失。",
     "第十八条讲的是从轻问责的情形，具体情形来源中缺失。", "从轻问责"),
    ("第十八条开头说有下列情形之一的不予问责，情形清单缺失。",
     "第十八条开头说有下列情形之一的可以不予问责，情形清单缺失。", "可以"),
    ("来源在第十八条开头中断，第十七条是完整的。", "来源在第十七条中间中断。", "第十七条"),
]


@pytest.mark.parametrize("right, wrong, word", PAIRS, ids=[p[2] + str(i) for i, p in enumerate(PAIRS)])
def test_the_sources_words_pass_and_a_change_fails_naming_it(right, wrong, word):
    ok = verdict("怎么规定的", right)
    assert ok.passed, ok.problems
    bad = verdict("怎么规定的", wrong)
    assert not bad.passed
    assert any(s.verdict == "unsupported" for s in bad.sentences)
    assert any(word in p for p in bad.problems), bad.problems


def test_a_list_leads_count_is_the_articles():
    ok = verdict("第二条列了哪几类", "第二条列了四类：\n1. 市委、市政府工作部门领导班子成员\n2. 街道党政领导成员")
    assert ok.passed, ok.problems
    bad = verdict("第二条列了哪几类", "第二条列了五类：\n1. 市委、市政府工作部门领导班子成员\n2. 街道党政领导成员")
    assert not bad.passed and "不是5" in bad.problems[0]


@pytest.mark.parametrize("draft, passed", [
    ("知识库中的资料没有提到“现场会”。", False),        # 现场会 is in 第十三条: the modifier is no thing
    ("收录的资料没有提到现场会。", False),
    ("知识库的资料中没有提到“现场会”。", False),
    ("知识库的资料中没有提到“申诉”。", True),
    ("收录的资料没有提到申诉。", True),
])
def test_an_absence_scope_with_a_modifier_reads_the_thing_after_it(draft, passed):
    r = verdict("问责方式有哪些", draft)
    assert r.passed is passed, r.problems
    if not passed:
        assert "现场会" in r.problems[0]


def test_a_count_answer_in_digits_is_held_to_the_articles_count():
    ok = verdict("第五条有几项", "6项，都是公共安全管理方面应当问责的情形。")
    assert ok.passed, ok.problems
    bad = verdict("第五条有几项", "7项，都是公共安全管理方面应当问责的情形。")
    assert not bad.passed and "6项" in bad.problems[0]


def test_a_no_rule_claim_is_about_the_roles_of_its_own_clause():
    ok = verdict("较大事故对区党政领导分管副职有什么措施",
                 "第十四条没有对区党政领导分管副职规定初步问责措施，只规定了区有关职能部门领导分管副职、街道党政领导正职。")
    assert ok.passed, ok.problems
    bad = verdict("较大事故对街道党政领导正职有什么措施",
                  "第十四条没有对街道党政领导正职规定初步问责措施，只规定了区有关职能部门领导分管副职。")
    assert not bad.passed and "责令公开道歉" in bad.problems[0]


def test_a_short_act_the_article_owes_is_not_a_permission():
    """第五条 says 应当问责: "可以问责" weakens a duty however short the act; 第十五条 says 可…进一步问责,
    so "可以进一步问责" restates it."""
    q = "第五条第（三）项讲什么？"
    lead = "第五条第（三）项：在行政活动中滥用职权，强令、授意实施违法行政行为，或者不作为，引发公共安全事故的，"
    assert verdict(q, lead + "应当问责。").passed
    assert not verdict(q, lead + "可以问责。").passed
    right = verdict("第十五条讲什么", "第十五条：根据事故调查结果，可以依照中办发[2009]25号文件进一步问责。")
    assert right.passed, right.problems
