"""Short answers that lean on the question (rules/checking/short_answers.py) and a hedge dropped
(rules/checking/hedges.py), each tested both ways on the fictional regulations: the right
answer passes, its wrong twin is flagged. The sentences are written here, in the ways people
answer across a desk, not taken from the blind drafts.
"""
from __future__ import annotations

from rules.checking import short_answers as SA
from tests.rules import checking

lanjiang = checking.on("lanjiang-housing-2034")
chengchuan = checking.on("chengchuan-food-2034")
qinglan = checking.on("qinglan-medical-2035")
lanzhou = checking.on("lanzhou-monitoring-2035")


def test_the_readings_compose_the_questions_verb():
    assert SA.yes_no("评不上。", "受了通报批评，当年还能评上优秀吗？") is False
    assert SA.yes_no("拿得到。", "举报属实能拿到奖励吗？") is True
    assert SA.yes_no("两年之内不行。", "还能回去做审核吗？") is False
    assert SA.yes_no("评不上。", "受了通报批评会怎样？") is None          # no yes/no question
    assert SA.yes_no("跑不了。", "当年还能评上优秀吗？") is None           # not the question's verb
    assert SA.figures("两年之内不行。") == ["2"] and SA.figures("不行。") == []
    assert SA.depends("要看情况。") and SA.depends("分情况。") and SA.depends("看从哪天算起。")
    assert not SA.depends("看了第十九条。。") and not SA.depends("不行。")


def test_a_potential_complement_answers_yes_or_no_by_the_sentence_after_it():
    lanjiang("受了通报批评，当年还能评上优秀吗？",
             "评不上。受到通报批评以上追究的，当年年度考核不得确定为优秀等次。",
             "评不上。受到通报批评以上追究的，当年年度考核可以确定为优秀等次。")
    chengchuan("被调离执法岗位的，之后还能提拔吗？",
               "两年之内提不了。受到调离执法岗位追究的，自追究决定作出之日起两年内不得提拔任用。",
               "三年之内提不了。受到调离执法岗位追究的，自追究决定作出之日起两年内不得提拔任用。")


def test_a_qualified_no_holds_its_figure_to_the_sentence_after_it():
    lanjiang("调离审核岗位的人还能回去做审核吗？",
             "两年之内不行。被调离审核岗位的人员，2年内不得重新从事住房保障资格审核工作。",
             "一年之内不行。被调离审核岗位的人员，2年内不得重新从事住房保障资格审核工作。")


def test_it_depends_is_judged_by_the_sentence_after_it():
    qinglan("复核能不能当面说？",
            "要看情况。复核一般采取书面审查方式；投诉人要求当面陈述意见的，复核机关应当听取。",
            "要看情况。复核一般采取书面审查方式；投诉人要求当面陈述意见的，复核机关可以不听取。")


def test_a_hedge_dropped_is_an_overstatement():
    qinglan("复核是怎么审的？",
            "复核一般采取书面审查方式。",
            "复核一律采取书面审查方式。")
    lanzhou("澜州对实名举报的奖励一般给多少？",
            "奖励金额一般为二千元以上五万元以下。",
            "奖励金额一律为二千元以上五万元以下。")


def test_a_phrase_fills_the_questions_slot_only_when_it_is_the_slots_kind():
    assert SA.filled("3个工作日内。", "卫生健康主管部门多久转交医疗机构？") == "卫生健康主管部门3个工作日内转交医疗机构"
    assert SA.filled("市食安办。", "由谁组织调查？") == "由市食安办组织调查"
    assert SA.filled("暂停执法资格。", "由谁决定？") is None              # no body
    assert SA.filled("3个工作日内。", "什么方式，谁来决定？") is None     # two things asked
    assert SA.filled("第十二条没有写明。", "由谁牵头？") is None          # a claim of its own
    qinglan("卫生健康主管部门收到投诉后多久转交被投诉的医疗机构？",
            "3个工作日内。",
            "5个工作日内。")


def test_a_count_answers_an_articles_items_whatever_the_question_calls_them():
    lanzhou("第五条列了几项篡改情形？",
            "一共五项。其中一项是人为遮挡、喷淋、拆除采样口或者干扰采样装置。",
            "一共六项。其中一项是人为遮挡、喷淋、拆除采样口或者干扰采样装置。")
    chengchuan("第十条列了几种免责情形？",
               "四种。其中一种是因不可抗力致使无法履行职责的。",
               "三种。其中一种是因不可抗力致使无法履行职责的。")
