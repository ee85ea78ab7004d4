"""Branch g22alarm2: right drafts about the twenty-second ingested regulation that the checker still
flagged, each reading tested both ways (the right sentence passes, a near sentence of the same
construction with one wrong detail fails). The sentences are written here, against
tests/data/langchuan-property-2038.md and another regulation (chengchuan-food-2034; lanxi-bridge-2036's list of secrets, read by the list reading directly),
not taken from the blind sets.
"""
from __future__ import annotations

from functools import partial

from rules.checking import grade_swapped, period_swapped, text_talk
from rules.checking.support import added_items
from tests.rules import checking

langchuan = partial(checking.both_ways, sources=checking.ingested("langchuan-property-2038"))


# -- 涉及 is a verb: its 及 joins no items of a list --------------------------------------------

def test_a_verb_ending_in_ji_opens_no_list_item():
    text = "但是，涉及国家秘密、商业秘密和个人隐私的内容除外。"
    assert added_items("不过涉及国家秘密、商业秘密、个人隐私的内容不公开。", text) == []
    assert added_items("不过涉及国家秘密、商业秘密、工作秘密、个人隐私的内容不公开。", text) == ["工作秘密"]


def test_an_exception_said_with_she_ji_on_two_regulations():
    langchuan("欠费降标准能不能免责？",
              "能免责的只有第三种情形，但第三种情形涉及电梯、消防设施、二次供水设施安全运行的，不能免责。",
              "能免责的只有第三种情形，但第三种情形涉及电梯、燃气管道、二次供水设施安全运行的，不能免责。")
    # (the same list on another regulation, read by the list reading itself: above)


# -- 有一个例外: talk about the text where the passage has a proviso ------------------------------

def test_saying_the_text_has_an_exception_is_talk_only_where_it_has_a_proviso():
    with_proviso = "业主自行管理物业的，不适用本办法；但自行管理的物业管理区域发生较大以上物业服务安全事件的，适用本办法。"
    without = "信用评价为D级的物业服务企业，应当将其列为重点监管对象。"
    assert text_talk.untalked("有一个例外", with_proviso) == ""
    assert text_talk.untalked("有一个例外", without) == "有一个例外"
    assert text_talk.untalked("有一个例外", "抽查比例不低于百分之二十，重大案件除外。") == ""


def test_an_exception_framed_before_the_text_s_proviso():
    langchuan("业主自己管理的小区适用这个办法吗？",
              "原则上不适用。但有一个例外：业主自行管理的物业管理区域发生较大以上物业服务安全事件，"
              "街道办事处、乡镇人民政府又没有履行第10条规定的职责的，对街道办事处、乡镇人民政府的责任追究适用本办法。",
              "原则上不适用。但有一个例外：业主自行管理的物业管理区域发生一般物业服务安全事件，"
              "街道办事处、乡镇人民政府又没有履行第10条规定的职责的，对街道办事处、乡镇人民政府的责任追究适用本办法。")


# -- a grade read some words before its head (较大以上物业服务安全事件) -----------------------------

def test_a_grade_reaches_its_head_across_a_few_words():
    assert grade_swapped.grades("发生较大以上物业服务安全事件的") == {"事件": {"较大"}}
    assert grade_swapped.problems("发生一般物业服务安全事件的", "发生较大以上物业服务安全事件的")
    assert not grade_swapped.problems("发生较大以上物业服务安全事件的", "发生较大以上物业服务安全事件的")


def test_a_grade_another_statement_gives_is_no_swap():
    assert grade_swapped.gives("算重大事件", "（二）重大事件，是指有下列情形之一的：")
    assert not grade_swapped.gives("算重大事件", "（一）特别重大事件，是指有下列情形之一的：")


# -- a period word restated from the passage that puts it before most of the sentence -------------

def test_a_period_word_held_to_the_passage_that_says_most_of_the_sentence():
    passages = ["对上1年度信用评价为C级、D级的物业服务企业所服务的物业管理区域，每月检查不少于1次",
                "物业服务企业在1个评价年度内发生较大事件的，当年信用评价不得评为A级"]
    assert period_swapped.problems("上1年度信用评价为C级、D级的物业服务企业，每月检查不少于1次。", passages) == []
    assert period_swapped.problems("当年信用评价为C级、D级的物业服务企业，每月检查不少于1次。", passages)


def test_a_period_word_on_two_regulations():
    langchuan("区住建局多久来小区检查一次？",
              "上一年度信用评价为C级、D级的物业服务企业所服务的物业管理区域，区住房城乡建设部门每月检查不少于1次。",
              "当年信用评价为C级、D级的物业服务企业所服务的物业管理区域，区住房城乡建设部门每月检查不少于1次。")
    checking.both_ways("抽查比例有什么要求？",
                       "第二十五条规定，抽查比例不低于上一年度已办结案件数的百分之二十。",
                       "第二十五条规定，抽查比例不低于当年已办结案件数的百分之二十。",
                       sources=checking.ingested("chengchuan-food-2034"))


# -- an item read under its article's lead when the sentence names it -------------------------

def test_an_item_named_with_its_lead_s_party_is_no_misattribution():
    langchuan("区住建局多久来小区检查一次？",
              "区住房城乡建设部门日常监督检查的频次（第8条第（一）项）：",
              "区住房城乡建设部门未按照规定的频次开展监督检查的，应当追究责任（第8条第（一）项）。")
