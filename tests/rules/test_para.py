"""Readings of whole-sentence paraphrases that fell under the content bar (branch para): an item's
words said with its lead's, the two ways of applying a list of measures in plain words, an arrow
between a condition and its consequence, and an exception held to the subject it names. Each is
tested both ways: the right sentence passes and a wrong twin of the same construction is flagged.
The twins are written here, not taken from the blind drafts.
"""
from __future__ import annotations

from rules.checking import applied_ways, item_lead
from rules.checking.support import coverage
from tests.rules import checking

chengchuan = checking.on("chengchuan-food-2034")
lanjiang = checking.on("lanjiang-housing-2034")
lanzhou = checking.on("lanzhou-monitoring-2035")
qinglan = checking.on("qinglan-medical-2035")
qingfeng = checking.on("qingfeng-statistics-2034")

LEAD = "第二十条 有下列情形之一的，应当从重处理："
ITEM = "（二）干扰、阻碍调查或者串供、伪造证据的；"


def test_an_item_said_with_its_lead_is_measured_in_both():
    assert coverage("串供属于第二十条第（二）项情形，应当从重处理。", ITEM) < 0.45
    assert item_lead.coverage("串供属于第二十条第（二）项情形，应当从重处理。", ITEM, LEAD + "\n" + ITEM, coverage) >= 0.45
    # a character neither has (从轻 for the lead's 从重): measured by the item alone
    assert item_lead.coverage("伪造证据属于第二十条第（二）项情形，应当从轻处理。", ITEM, LEAD, coverage) == 0.0
    # a case of its own and none of the item's words: measured by the item alone
    assert item_lead.coverage("拒绝提供资料属于第二十条第（二）项情形，应当从重处理。", ITEM, LEAD, coverage) == 0.0


def test_an_item_said_with_its_lead_both_ways():
    qingfeng("被调查时串供会有什么后果？",
             "串供属于第二十条第（二）项“干扰、阻碍调查或者串供、伪造证据的”情形，应当从重处理。",
             "伪造证据属于第二十条第（二）项“干扰、阻碍调查或者串供、伪造证据的”情形，应当从轻处理。")
    qingfeng("被调查时串供会有什么后果？",
             "串供属于第二十条第（二）项情形，应当从重处理。",
             "串供属于第二十条第（一）项情形，应当从重处理。")
    qinglan("第三条第二款第（三）项是什么？",
            "第三条第二款第（三）项把“投诉人明确表示将采取极端行为，可能危及人身安全的”投诉列为重大投诉。",
            "第三条第二款第（三）项把“投诉人明确表示将采取极端行为，可能危及人身安全的”投诉列为一般投诉。")


def test_plain_ways_of_applying_read_as_the_texts_terms():
    text = "前款规定的追究方式，可以单独适用，也可以合并适用。"
    assert applied_ways.in_text_words("既可以单独用，也可以几种合起来用", text) == "既可以单独适用，也可以合并适用"
    assert applied_ways.in_text_words("不能同时用", text) == "不能合并适用"
    # the text's own 适用 and other verbs (给予, 一并适用本办法) stay as written, and so do quotes
    assert applied_ways.in_text_words("也一并适用本办法", text) == "也一并适用本办法"
    assert applied_ways.in_text_words("同时给予处分", text) == "同时给予处分"
    assert applied_ways.in_text_words("写的是“可以单独用”", text) == "写的是“可以单独用”"
    # a text without the terms: nothing to read them as
    assert applied_ways.in_text_words("可以单独用", "责令改正。") == "可以单独用"


def test_plain_ways_of_applying_both_ways():
    chengchuan("第十一条第二款说了什么？",
               "第十一条第二款说，第一款列的五种追究方式既可以单独用，也可以几种合起来用。",
               "第十一条第二款说，第一款列的五种追究方式只能单独用，不能几种合起来用。")
    chengchuan("第十一条第二款说了什么？",
               "第十一条第二款说，追究方式可以单独使用，也可以一起使用。",
               "第十一条写的是追究方式“可以单独用，也可以合起来用”。")


def test_an_exception_is_held_to_the_subject_it_names():
    lead = "从轻到重六种：批评教育→责令书面检查→通报批评→暂停审核资格→调离审核岗位→建议给予处分。"
    lanjiang("追究方式从轻到重怎么排？能不能一起用？",
             lead + "这些方式可以单用也可以合并用，只有暂停审核资格和调离审核岗位两种不能同时用。",
             lead + "第十六条第二款说，前款的方式只能单独适用，不得合并适用。")
    lanjiang("追究方式能不能一起用？",
             "第十六条第二款说，前款的方式可以单独适用，也可以合并适用，但是第（四）项与第（五）项不得合并适用。",
             "第十六条第二款说，前款的方式只能单独用，不能几种合起来用。")


def test_an_arrow_ends_the_negated_clause():
    head = "第十五条引用了第六条和第五条：\n- 社会化监测机构有第六条的伪造情形 → 必须列入失信名单；\n"
    lanzhou("第十五条引用了哪两条，分别什么后果？",
            head + "- 有第五条的篡改情形，如果情节较轻、及时纠正而且没造成危害后果 → 可以只责令改正。",
            head + "- 有第五条的篡改情形，如果情节较轻、及时纠正而且没造成危害后果 → 可以免予追究。")
