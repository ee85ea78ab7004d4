"""An item cited by reference, read as the sentence its list's opening line makes of it (branch
itemref, rules/checking/item_opening.py): the subject the opening gives the list (施工单位有下列情形之一的)
and the consequence it gives every item (，依照本细则追究责任：) are the item's, and a sentence that
gives the item another subject or another consequence stays unsupported. Each reading both ways,
in sentences of our own, on two regulations (鹤川's 细则 and 梧川's 办法)."""
from __future__ import annotations

from rules.checking import item_opening
from tests.rules.checking import on

HECHUAN = on("hechuan-dust-2036")
WUCHUAN = on("wuchuan-gas-2035")


def test_the_opening_line_of_an_items_list():
    article = "第十条　甲单位有下列情形之一的，应当追究责任：\n（一）未报告的；\n（二）未整改的。\n按照下列规定处理：\n（一）通报；"
    assert item_opening.opening(article, "（二）未整改的。") == "甲单位有下列情形之一的，应当追究责任："
    assert item_opening.opening(article, "（一）通报；") is None       # an opening of another shape
    assert item_opening.parts("甲单位有下列情形之一的，应当追究责任：") == ("甲单位", "应当追究责任")


def test_the_subject_the_opening_gives_the_item():
    HECHUAN("没设围挡会追究谁？",
            "没有设置围挡的，按第十一条第（一）项追究施工单位。",
            "没有设置围挡的，按第十一条第（一）项追究建设单位。")
    WUCHUAN("燃气企业负责人对重大隐患逾期不整改，谁来追究？",
            "国有或者国有控股燃气经营企业负责人对重大燃气安全隐患逾期未整改的，属于第十二条第（二）项，由市国资委追究责任。",
            "区政府分管负责人对重大燃气安全隐患逾期未整改的，属于第十二条第（二）项，由市国资委追究责任。")


def test_the_consequence_the_opening_gives_the_item():
    HECHUAN("监理串通施工单位隐瞒扬尘问题，算什么等级？",
            "监理单位与施工单位串通、隐瞒扬尘污染问题，属于第十三条第（三）项，按第十四条第四款第（四）项直接是严重情形。",
            "监理单位与施工单位串通、隐瞒扬尘污染问题，属于第十三条第（三）项，按第十四条第四款第（四）项直接是较重情形。")
    HECHUAN("没设围挡会怎样？",
            "没有设置围挡的，按第十一条第（一）项追究施工单位。",
            "没有设置围挡的，按第十一条第（一）项从重追究施工单位。")
    WUCHUAN("事故后擅离职守让事故扩大了，谁追究？",
            "事故发生后擅离职守，致使事故扩大的，符合第十二条第（四）项，由市国资委追究责任。",
            "事故发生后擅离职守，致使事故扩大的，符合第十二条第（四）项，由市城管局追究责任。")


def test_an_item_that_refers_to_another_provision_is_that_provisions_case():
    # 第十四条第三款第（三）项 is 第十一条第（六）项's case, not 第十三条第（三）项's
    HECHUAN("预警期间挖土方算什么等级？",
            "重污染天气预警期间进行土石方作业的，属于第十一条第（六）项，按第十四条第三款第（三）项是较重情形。",
            "监理单位与施工单位串通、隐瞒扬尘污染问题，属于第十三条第（三）项，按第十四条第三款第（三）项是较重情形。")


def test_not_read_where_the_document_takes_the_consequence_from_some_cases():
    # 第二十条 says 第十九条 does not apply to some cases: its consequence is not every item's
    hechuan = on("hechuan-dust-2036").keywords["sources"]
    assert any(p.article == 19 for p in hechuan.of_document("hechuan-dust-accountability-2036"))
    item = next(p for p in hechuan.of_document("hechuan-dust-accountability-2036") if p.article == 19)
    assert item_opening.excluded(item, hechuan)
    eleven = next(p for p in hechuan.of_document("hechuan-dust-accountability-2036") if p.article == 11)
    assert not item_opening.excluded(eleven, hechuan)


def test_a_demonstrative_case_after_the_provision_the_item_refers_to():
    HECHUAN("第十二条第（四）项指什么？",
            "第六条第二款规定建设单位不得压缩合理工期，不得暗示施工单位降低标准。建设单位有这两类行为之一的，按第十二条第（四）项追究。",
            "第六条第二款规定建设单位不得压缩合理工期，不得暗示施工单位降低标准。施工单位有这两类行为之一的，按第十二条第（四）项追究。")
    # the sentence before names another provision than the one the item refers to
    HECHUAN("第十二条第（四）项指什么？",
            "第六条第二款规定建设单位不得压缩合理工期，不得暗示施工单位降低标准。建设单位有这两类行为之一的，按第十二条第（四）项追究。",
            "第六条第二款规定建设单位不得压缩合理工期，不得暗示施工单位降低标准。建设单位有这两类行为之一的，按第十二条第（二）项追究。")
    HECHUAN("预警期间挖土方算几级？",
            "第十一条第（六）项是重污染天气预警期间进行土石方作业或者拆除作业。有这种情形的，按第十四条第三款第（三）项为较重情形。",
            "第十一条第（六）项是重污染天气预警期间进行土石方作业或者拆除作业。有这种情形的，按第十四条第三款第（三）项为一般情形。")


def test_written_out_only_after_the_very_provision():
    from rules.checking.sources import SourceText

    item = SourceText("d:art9#2", "d", "某办法", "regulation", "第九条（二）", "（二）违反本办法第四条第三款规定的；", 9)
    said = "运营单位有这种行为的，按第九条第（二）项处理。"
    assert "违反本办法第四条第三款规定" in item_opening.written_out(said, [item], "第四条第三款要求运营单位每日巡查。")
    assert item_opening.written_out(said, [item], "第四条第二款要求运营单位每日巡查。") == said
    assert item_opening.written_out(said, [item], "") == said
