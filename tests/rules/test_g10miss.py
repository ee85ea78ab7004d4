"""Wrong sentences the checker passed, read by construction (branch g10miss), each tested both ways
in sentences of our own, on regulations other than the one they were found on where they have the
construction:

- which provision a provision cites, held to its own references (rules/checking/cited_provision.py);
- a 但是 proviso as the text's exception to a rule said 一律 (exception_dropped.py);
- an absence the text decides in other words: the thing split and reordered, a whether, a
  requirement, 对此 for what was asked (absence_decided.py);
- 不论A还是B where the text's condition is one of them (regardless.py)."""
from __future__ import annotations

from rules.checking import absence_decided, cited_provision, regardless
from rules.checking.sources import SourceText
from tests.rules.checking import on, verdict, ingested

TINGXI = on("tingxi-equipment-2035")
WUCHUAN = on("wuchuan-gas-2035")
YUNLAN = on("yunlan-trading-2034")
CANGXI = on("cangxi-drainage-2036")


def test_a_provision_cites_what_its_text_refers_to():
    TINGXI("第十一条第（一）项说的频次是哪一条定的？",
           "第十一条第（一）项引用的是本办法第七条第一款。",
           "第十一条第（一）项引用的是本办法第八条第一款。")
    CANGXI("第十三条第（二）项提到的报告、修复是哪一款规定的？",
           "第十三条第（二）项引用的是本办法第九条第二款。",
           "第十三条第（二）项引用的是本办法第九条第一款。")


def test_cited_provision_reading_alone():
    texts = {11: "第十一条 有下列情形之一的：\n（一）未依照本办法第七条第一款规定的频次检查的；\n（二）有前款第（一）项情形的。",
             12: "第十二条 依照本办法第三条处理。"}
    assert cited_provision.problems("第十一条第（一）项引用的是第八条第一款。", texts.get)
    assert not cited_provision.problems("第十一条第（一）项引用的是第七条第一款。", texts.get)
    assert not cited_provision.problems("第十一条第（一）项引用的是第七条。", texts.get)        # the article of the paragraph
    assert not cited_provision.problems("第十一条第（二）项引用的是第五条。", texts.get)        # a relative reference: not read
    assert cited_provision.problems("第十二条援引了第四条。", texts.get)
    assert not cited_provision.problems("第十二条援引了第三条。", texts.get)
    assert not cited_provision.problems("第十二条和第四条都很短。", texts.get)                  # no citing verb between


def test_a_rule_with_a_proviso_is_not_said_without_exception():
    TINGXI("办法施行前的行为按哪个规定处理？",
           "第三十条规定，本办法施行前发生的行为，本办法施行后尚未作出责任追究决定的，适用行为发生时的规定。",
           "第三十条规定，本办法施行前发生的行为，本办法施行后尚未作出责任追究决定的，一律适用本办法。")


def test_an_absence_the_text_decides_in_other_words():
    WUCHUAN("复核的时候决定还执行吗？",
            "办法没有规定复核、申诉期间是否收取费用。",
            "办法没有规定复核、申诉期间是否停止执行。")
    WUCHUAN("受理举报后要告诉举报人吗？",
            "受理举报的机关应当自收到举报之日起五个工作日内告知举报人是否受理。",
            "办法没有要求告知举报人。")


def test_absence_decided_reading_alone():
    text = ["第九条 公职人员对处分决定不服的，依照有关法律的规定办理。",
            "第十条 各区人民政府可以结合本辖区实际制定实施细则。",
            "第十一条 不予立案的，应当书面告知移送机关或者实名举报人。"]
    assert absence_decided.decided("公职人员不服处分", "", text, "没有") is True
    assert absence_decided.decided("公职人员不服奖励", "", text, "没有") is None
    assert absence_decided.decided("告知举报人", "告知举报人", text, "没有要求") is True
    # a permission is no requirement: "没有要求区政府制定实施细则" is not refuted by 可以
    assert absence_decided.decided("区人民政府制定实施细则", "区人民政府制定实施细则", text, "没有要求") is None
    assert absence_decided.decided("区人民政府制定实施细则", "", text, "没有") is True


def test_this_stands_for_what_was_asked():
    assert absence_decided.this_resolved("办法对此没有任何规定。", "公职人员不服处分，这个办法有说法吗？") == \
        "办法对公职人员不服处分没有任何规定。"
    assert absence_decided.this_resolved("办法对此没有任何规定。", "这个办法有说法吗？") is None
    CANGXI("公职人员不服处分，这个办法有说法吗？",
           "有。第二十七条第四款规定，公职人员对处分决定不服的，依照有关法律、法规的规定办理。",
           "办法对此没有任何规定。")
    bad = verdict("举报人姓名保密，这个办法有说法吗？", "办法对此没有任何规定。", ingested("wuchuan-gas-2035"))
    assert not bad.passed


def test_a_condition_said_not_to_matter():
    YUNLAN("投诉人捏造事实投诉，会怎样？",
           "投诉人故意捏造事实、伪造证明材料进行投诉的，市监管局应当驳回投诉。",
           "不论投诉人是故意还是过失捏造事实进行投诉，市监管局都应当驳回投诉。")


def test_regardless_reading_alone():
    p = [SourceText("x", "d", "T", "regulation", "第九条", "第九条 因第三方故意破坏设施造成损失的，不予追究。", 9)]
    assert regardless.problems("不论第三方是故意还是过失，破坏设施造成损失的都不予追究。", p)
    assert regardless.problems("无论是否故意，第三方破坏设施造成损失的，不予追究。", p)
    assert not regardless.problems("第三方故意破坏设施造成损失的，不予追究。", p)
    both = [SourceText("x", "d", "T", "regulation", "第九条", "第九条 因第三方故意或者过失破坏设施造成损失的，不予追究。", 9)]
    assert not regardless.problems("不论第三方是故意还是过失，破坏设施造成损失的都不予追究。", both)
