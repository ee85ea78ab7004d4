"""Branch g19alarm: right drafts about the nineteenth ingested regulation that the checker flagged,
each reading tested both ways (the right sentence passes, a near sentence of the same construction
with one wrong detail fails). The sentences are written here, against tests/data/qichuan-signage-2037.md
(a fictional regulation: 第一条 in Chinese numerals, 以上/不满 defined, two appendix tables, items whose
lead line names the articles their consequence follows), not taken from the blind set.
"""
from __future__ import annotations

from functools import partial

from rules.checking import announced, basis_chain, echoed_answer, pointer, sibling_cases
from rules.references import find_refs
from tests.rules import checking

NAME = "qichuan-signage-2037"
both = checking.on(NAME)
either = partial(checking.both_ways, sources=checking.ingested(NAME))


def _text_of(n: int) -> str | None:
    return getattr(checking.ingested(NAME).article(n, "qichuan-outdoor-signage-accountability-2037"), "text", None)


def test_any_one_is_no_article():
    assert not [r for r in find_refs("符合其中任何一条就够了") if r.article]
    assert not [r for r in find_refs("满足任意一条就行") if r.article]
    assert [r.article for r in find_refs("依照第一条的规定") if r.article] == [1]


def test_an_any_one_lead_needs_alternatives():
    ld = announced.lead("符合下列任意一项即可：")
    assert ld is not None and ld.any_one
    assert announced.lead("符合下列任意两项即可：") is None or not announced.lead("符合下列任意两项即可：").any_one
    # 大型户外广告设施: 200平方米以上，或者 25米以上 — alternatives; the small signboard's exemption
    # (不满10平方米且不超过6米) joins its conditions with 且, so "any one" is not said of it
    either("什么算大型户外广告设施？",
           "符合下列任意一项即可：\n- 单面面积200平方米以上；\n- 设施顶端距地面高度25米以上。",
           "招牌不用定期检测，符合下列任意一项即可：\n- 招牌面积不满10平方米；\n- 设置高度不超过6米。")


def test_a_dash_before_the_source():
    assert pointer.pointed("——本办法第九条第二款") == "本办法第九条第二款"
    assert pointer.pointed("—— 见第9条。") == "第9条"
    assert pointer.pointed("——这是第九条") is None
    both("拆完广告牌，施工单位还要做什么？",
         "拆除作业完成后，施工单位应当在3日内清除残留的基础和连接件。\n——本办法第九条第二款",
         "拆除作业完成后，施工单位应当在3日内清除残留的基础和连接件。\n——本办法第八条第二款")


def test_an_absence_of_modifiers_sharing_a_head():
    either("办法对广告牌收费有规定吗？",
           "这个办法没有关于户外广告设施或招牌登记收费的规定。",
           "这个办法没有关于户外广告设施或招牌检测周期的规定。")


def test_a_sibling_case_stretch_ends_at_another_case():
    passage = "发生一般事故的，对负有责任的安全责任人处10万元以上30万元以下罚款；发生较大事故的，处30万元以上60万元以下罚款。"
    assert sibling_cases.moved("发生较大事故的，处30万元以上60万元以下罚款，重大事故对负有责任的安全责任人怎么罚没有写。", passage) == []
    assert sibling_cases.moved("发生较大事故的，对负有责任的安全责任人处10万元以上30万元以下罚款。", passage)


def test_a_stretch_another_passage_holds():
    either("安全责任人的罚款谁决定？",
           "由区城市管理部门决定。涉及大型户外广告设施、罚款超过5万元的，区城管要在作出决定前先报市城市管理局备案。",
           "由区城市管理部门决定。涉及大型户外广告设施、罚款超过5万元的，区城管要在作出决定前先报市人民政府备案。")


def test_an_adverse_effect_borne_out_by_a_limit():
    assert echoed_answer.agrees(False, "受到调离岗位处理的，1年内不得提拔。", "有影响。")
    assert not echoed_answer.agrees(False, "调离岗位不影响提拔。", "有影响。")
    assert not echoed_answer.agrees(False, "受到调离岗位处理的，1年内不得提拔。", "是最终结果。")
    either("被调离岗位，对提拔有影响吗？",
           "有影响。受到调离岗位处理的，1年内不得提拔。",
           "有影响。受到调离岗位处理的，3年内不得提拔。")


def test_ones_own_unit():
    either("通报批评由谁决定？",
           "对责任人员通报批评的，由本人所在单位决定。",
           "对责任人员给予政务处分的，由本人所在单位决定。")


def test_an_items_consequence_in_its_lead_line():
    either("区城管没按时完成备案登记，怎么追责？",
           "第二十一条第（三）项：未在规定时限内完成备案登记的，对责任人员依照第二十三条、第二十四条追究责任。",
           "第二十一条第（三）项：未在规定时限内完成备案登记的，对责任人员依照第二十三条、第二十五条追究责任。")


def test_a_basis_chain_held_to_the_named_provision():
    assert basis_chain.problems("第二十二条第（三）项的情形，对责任人员依照第二十三条、第二十四条追究责任。", _text_of)
    assert not basis_chain.problems("第二十一条第（三）项的情形，对责任人员依照第二十三条、第二十四条追究责任。", _text_of)
    either("市城管局对区里违规不纠正，怎么追责？",
           "第二十二条第（三）项：对区城市管理部门的违规行为发现后不予纠正的，对责任人员依照第二十三条追究责任。",
           "第二十二条第（三）项：对区城市管理部门的违规行为发现后不予纠正的，对责任人员依照第二十三条、第二十四条追究责任。")


def test_a_case_citing_its_reference_is_no_moved_basis():
    either("街道编造巡查记录怎么追责？",
           "第二十条第（一）项：未按照第十条第一款规定的频次组织巡查的，对责任人员依照第二十三条、第二十四条追究责任。",
           "第二十条第（一）项：未按照第九条第一款规定的频次组织巡查的，对责任人员依照第二十三条、第二十四条追究责任。")
