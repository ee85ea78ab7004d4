"""Readings added on the right drafts about the ingested regulations that were still flagged
(issue 10's backlog): each tested both ways, the right sentence passes and a wrong twin of the
same construction is flagged. The twins are written here, not taken from the blind drafts.
"""
from __future__ import annotations

import re

from rules.checking import aligned, modifier_bounds, negation_scope, particles
from rules.checking.exchanged import _FUNCTION
from rules.checking.support import mispaired, overstated
from rules.checking.transposed import transposed
from tests.rules import checking


lanjiang = checking.on("lanjiang-housing-2034")
lanzhou = checking.on("lanzhou-monitoring-2035")
qinglan = checking.on("qinglan-medical-2035")
chengchuan = checking.on("chengchuan-food-2034")

ITEM = "（二）应当进行入户调查而未调查，或者调查笔录弄虚作假的"


def _polarity(clause: str, text: str) -> tuple[bool, bool]:
    """The polarity test as `aligned` asks it: the statement's parts, those the pair test chose."""
    parts = [x for c in aligned._clauses(text) for x in re.split(r"而|并且|但是|但|且|或者", c) if aligned.bare(x)]
    covered = [c for c in parts if aligned._share(aligned._pairs(c), clause) >= 0.5] or [text]
    return negation_scope.polarity(clause, text, parts, covered, aligned._NEGATION, list(aligned._BOUNDS.values()))


def test_a_negated_part_whose_words_the_clause_does_not_take_is_not_restated():
    # 调查 of 调查笔录 is not the 调查 that 未 negates
    said, held = _polarity("或者调查笔录造假", ITEM)
    assert said == held
    # the negation dropped where the clause does restate that part
    said, held = _polarity("应当进行入户调查而调查", ITEM)
    assert said != held
    said, held = _polarity("复查期间停止追究决定的执行", "复核、复查期间，不停止追究决定的执行")
    assert said != held
    lanjiang("澜江的审核人员入户调查方面哪些行为要追究？",
             "《澜江市住房保障资格审核责任追究规定》第十一条第（二）项：应当进行入户调查而未调查，或者调查笔录造假的。",
             "《澜江市住房保障资格审核责任追究规定》第十一条第（二）项：应当进行入户调查而调查，或者调查笔录造假的。")


def test_a_negation_said_on_both_sides_is_the_same_negation():
    # 不按规定方法 keeps the 不 of 不按照规定的监测方法, a part restated in fewer words
    said, held = _polarity("不按规定方法和技术规范监测、导致数据严重失真",
                           "（四）不按照规定的监测方法和技术规范开展监测，导致数据严重失真")
    assert said == held
    lanzhou("澜州第五条第（四）项是什么？",
            "第五条第（四）项：不按规定方法和技术规范监测，导致数据严重失真。",
            "第五条第（四）项：按规定方法和技术规范监测，导致数据严重失真。")


def test_what_follows_a_negated_condition_keeps_its_own_polarity():
    # 并说明理由 is said of the notice, not of 不予立案
    lanzhou("澜州不立案会通知举报人吗？",
            "决定不予立案的，会在作出决定后五个工作日内告诉实名举报人，并说明理由。",
            "决定不予立案的，会在作出决定后五个工作日内告诉实名举报人，不说明理由。")


def test_words_moved_across_the_next_figure_are_no_swap():
    passage = "（一）1年内2次以上被认定弄虚作假的；"
    assert mispaired("1年内被认定弄虚作假2次及以上", passage) == []
    # two figures in the other order: the words of one said of the other
    swapped = "43家成立了责任追究机构，42家明确了责任追究程序"
    assert mispaired(swapped, "42家成立了责任追究机构，43家明确了责任追究程序。")
    assert mispaired("42家成立了责任追究机构，43家明确了责任追究程序", "42家成立了责任追究机构，43家明确了责任追究程序。") == []
    lanzhou("澜州哪些情况要从重追究？",
            "按照第十九条，一年内被认定弄虚作假两次及以上的，应当从重追究。",
            "按照第十九条，一年内被认定弄虚作假三次及以上的，应当从重追究。")


def test_a_moved_particle_is_no_transposed_term():
    item = "（五）对符合条件的申请人不予受理，或者作出不予通过决定的；"
    assert particles.particle_moved("的决定", "决定的", _FUNCTION)
    assert not particles.particle_moved("违法行政", "行政违法", _FUNCTION)
    assert transposed("对符合条件的申请人不予受理，或者作出不予通过的决定；", item) == []
    assert transposed("对符合条件的申请人不予受理，或者作出予不通过决定的；", item)
    lanjiang("澜江第十一条第（五）项说的是什么？",
             "《澜江市住房保障资格审核责任追究规定》第十一条第（五）项：对符合条件的申请人不予受理，或者作出不予通过的决定。",
             "《澜江市住房保障资格审核责任追究规定》第十一条第（五）项：对符合条件的申请人予以受理，或者作出不予通过的决定。")


def test_a_person_named_with_fu_ze_is_no_relation_verb():
    text = "对重大投诉，医疗机构应当成立由主要负责人或者分管负责人牵头的专项处理小组"
    assert overstated("医院要成立专项处理小组，由主要负责人或者分管负责人牵头。", text) == []
    assert overstated("医院要成立专项处理小组，由区卫生健康主管部门牵头。", text)
    qinglan("青岚的重大投诉由谁牵头处理？",
            "根据第十六条，医院要成立专项处理小组，由主要负责人或者分管负责人牵头。",
            "根据第十六条，医院要成立专项处理小组，由区卫生健康主管部门牵头。")


def test_a_conjunction_or_a_cut_clause_is_no_modifier():
    assert modifier_bounds.not_modifier("并且", "并且经本部门", "情况复杂、并且经本部门主要负责人批准")
    assert not modifier_bounds.not_modifier("上级", "上级部门", "并且经上级部门主要负责人批准")
    assert modifier_bounds.not_modifier("程序", "程序调查组", "调查结束后的程序：调查组应当形成调查报告")
    assert not modifier_bounds.not_modifier("专案", "专案调查组", "调查结束后由专案调查组形成调查报告")
    chengchuan("澄川的调查能延长吗？",
               "根据第十八条，情况复杂、并且经本部门主要负责人批准的，可以延长30日。",
               "根据第十八条，情况复杂、并且经上级部门主要负责人批准的，可以延长30日。")
    lanzhou("澜州第十二条讲什么？",
            "第十二条讲调查结束后的程序：调查组应当形成调查报告，载明基本事实、认定依据、责任划分和处理建议。",
            "第十二条讲调查结束后的程序：专案组应当形成调查报告，载明基本事实、认定依据、责任划分和处理建议。")
