"""Branch g22alarm: right drafts about the twenty-second ingested regulation that the checker
flagged, each reading tested both ways (the right sentence passes, a near sentence of the same
construction with one wrong detail fails). The sentences are written here, against
tests/data/langchuan-property-2038.md (articles and references in digits, 第2款; sub-items ①②③
under an item; an item whose case is its list's items, 有第（一）项、第（六）项情形的) and, for the
same shapes, tests/data/lanxi-bridge-2036.md; they are not taken from the blind set.
"""
from __future__ import annotations

from functools import partial

from rules.checking import claims, inline_count, item_membership, paragraph_lines
from tests.rules import checking

either = partial(checking.both_ways, sources=checking.ingested("langchuan-property-2038"))
lanxi = partial(checking.both_ways, sources=checking.ingested("lanxi-bridge-2036"))


def test_circled_sub_items_belong_to_their_item():
    text = ("第9条　事故分为两级：\n（一）甲级，是指有下列情形之一的：\n①死亡2人以上的；\n②损失100万元以上的。\n"
            "（二）乙级，是指其他情形。\n注：同时符合两级的，按甲级认定。")
    assert paragraph_lines.item(text, "（一）").splitlines()[-1] == "②损失100万元以上的。"
    assert "①" not in paragraph_lines.item(text, "（二）")
    # the note is a paragraph of its own; the circled lines are none
    assert len(paragraph_lines.paragraphs(text)) == 2


def test_an_inline_count_lists_up_to_its_first_comma():
    assert inline_count.problems("但有一个例外：区域发生较大事件，而街道办事处、乡镇人民政府未履职的，适用本办法。", [], []) == []
    assert inline_count.problems("有两种：甲、乙、丙，都要处理。", [], []) != []


def test_a_paragraph_of_alternatives_gives_no_run_count():
    text = "第3条　甲。\n拟对单位罚款的，或者拟对人员作出停职、调岗、免职处理的，可以听证。"
    holder = type("C", (), {"text": staticmethod(lambda n: text), "__call__": lambda self, n: 0})()
    assert claims._paragraph_list(holder, "2")(3) == 0
    plain = type("C", (), {"text": staticmethod(lambda n: "第3条　甲。\n可以采取警告、罚款、停业整顿方式。"),
                           "__call__": lambda self, n: 0})()
    assert claims._paragraph_list(plain, "2")(3) == 3


def test_a_count_of_a_paragraph_in_digits():
    either("哪些情况下不予追究责任？",
           "第27条第2款规定了三种不予追究责任的情形：因不可抗力未能履行职责的；执行上级依法作出的决定，且已向上级提出改正意见的；"
           "物业服务企业因业主拖欠物业服务费用降低服务标准，已依照物业服务合同书面告知业主委员会并报告街道办事处、乡镇人民政府的。",
           "第27条第2款规定了四种不予追究责任的情形：因不可抗力未能履行职责的；执行上级依法作出的决定，且已向上级提出改正意见的；"
           "物业服务企业因业主拖欠物业服务费用降低服务标准，已依照物业服务合同书面告知业主委员会并报告街道办事处、乡镇人民政府的。")


def test_a_paragraph_named_alone_is_the_talked_of_articles():
    either("第13条讲的是什么？",
           "第13条分两款。第1款说项目负责人对所负责物业管理区域的物业服务安全承担直接管理责任。"
           "第2款说一名项目负责人同时负责的物业管理区域不得超过3个。",
           "第13条分两款。第1款说项目负责人对所负责物业管理区域的物业服务安全承担直接管理责任。"
           "第2款说一名项目负责人同时负责的物业管理区域不得超过4个。")
    lanxi("对复核决定不服怎么办？",
          "第26条第1款：被追究对象对追究决定不服的，可以自收到决定之日起15日内向市城管局申请复核。"
          "第2款：对复核决定仍不服的，可以自收到复核决定之日起15日内向市人民政府申诉。",
          "第26条第1款：被追究对象对追究决定不服的，可以自收到决定之日起15日内向市城管局申请复核。"
          "第2款：对复核决定仍不服的，可以自收到复核决定之日起30日内向市人民政府申诉。")


def test_an_items_case_stated_by_bare_items_is_said_by_naming_one():
    either("物业不公示收费标准会被怎么罚？",
           "物业未依照规定公示，属于第22条第1款第（六）项规定的情形。按第25条第1款第（一）项，处5000元以上3万元以下罚款。",
           "物业未依照规定公示，属于第22条第1款第（二）项规定的情形。按第25条第1款第（一）项，处5000元以上3万元以下罚款。")


def test_an_item_restated_with_its_lists_measures():
    have = {"由区", "区住", "责令", "令限", "限期", "期改", "改正", "给予", "予警", "警告"}
    assert item_membership._lead_measures(["由区住", "责令限期改正", "处1万元罚款"], have) == "处1万元罚款。"
    assert item_membership._lead_measures(["责令停业整顿", "处1万元罚款"], have) is None
    either("物业突然停止服务会怎么处理？",
           "物业擅自停止物业服务属于第22条第1款第（三）项规定的情形。按第25条第1款第（三）项，由区住房城乡建设部门责令限期改正，"
           "给予警告，并处5万元以上20万元以下罚款。",
           "物业擅自停止物业服务属于第22条第1款第（三）项规定的情形。按第25条第1款第（三）项，由区住房城乡建设部门责令停业整顿，"
           "给予警告，并处5万元以上20万元以下罚款。")


def test_a_bracketed_remark_of_the_lists_measures():
    assert item_membership.lead_remarks("并处罚款（同时责令限期改正、给予警告）", {"责令", "令限", "限期", "期改", "改正", "给予", "予警", "警告"}) == "并处罚款"
    assert item_membership.lead_remarks("并处罚款（同时吊销执照）", {"责令", "给予"}) == "并处罚款（同时吊销执照）"
    either("物业擅自撤离小区会被怎么罚？",
           "第25条第1款第（三）项：处5万元以上20万元以下罚款（同时责令限期改正、给予警告）。",
           "第25条第1款第（三）项：处5万元以上20万元以下罚款（同时责令停业整顿、给予警告）。")
