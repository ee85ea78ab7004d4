"""Branch `g21miss`: the twenty-first regulation's (砚川 geohazard) and round 26's wrong drafts that
passed, read by construction.

Each reading tested both ways, in our own words: the right sentence passes, its near twin (same
construction, one detail wrong) is flagged."""
from __future__ import annotations

from rules.checking import agent_swapped as AS
from rules.checking import asked_class as AC
from rules.checking import class_threshold as CT
from rules.checking import concessive_proviso as CP
from rules.checking import defined_bounds as DB
from rules.checking import exchanged as EX
from rules.checking import renumbered as RN
from rules.checking import table_classes as TC
from rules.checking.sources import SourceText, bare
from tests.rules.checking import both_ways, on

GEO = on("yanchuan-geohazard-2038")

_TABLE = """第九条　事故等级按照附件认定。
| 级别 | 事故认定标准 | 事件认定标准 |
|---|---|---|
| 一级（重大） | 死亡3人以上；或者直接经济损失五百万元以上 | 受困30人以上 |
| 二级（一般） | 死亡不满3人，且直接经济损失不满500万元 | 受困不满30人 |
"""


# sources.py: a Roman grade stays one character, so one grade exchanged for another is read
def test_roman_grades_kept_one_character() -> None:
    assert bare("Ⅳ级以上") == "Ⅳ级以上" and bare("IV级") == "Ⅳ级" and bare("ⅲ级") == "Ⅲ级"
    assert EX.exchanged("对造成Ⅱ级以上事故的处理结果应当公开。", "对造成Ⅰ级以上事故的处理结果应当公开。")
    assert EX.exchanged("对造成Ⅰ级以上事故的处理结果应当公开。", "对造成Ⅰ级以上事故的处理结果应当公开。") == []
    GEO("出了多大的灾情要停止使用？",
        "有第十九条第一款第（二）项情形，造成Ⅲ级以上灾情的，由区自然资源部门责令停止使用。",
        "有第十九条第一款第（二）项情形，造成Ⅱ级以上灾情的，由区自然资源部门责令停止使用。")


# graded_scales.py + exchanged.py: a graded bound left out of a restated clause
def test_graded_bound_dropped() -> None:
    assert EX.exchanged("气象台发布大风预警期间，渡口每日巡查两次。", "气象台发布大风黄色以上预警期间，渡口每日巡查两次。")
    assert EX.exchanged("气象台发布大风黄色以上预警期间，渡口每日巡查两次。",
                        "气象台发布大风黄色以上预警期间，渡口每日巡查两次。") == []


# table_classes.py: a grading table's cells are classes (grade × kind), 且 joining two conditions
def test_table_cells_are_classes() -> None:
    classes = CT._classes(_TABLE)
    assert classes["二级事故"] == "死亡不满3人，且直接经济损失不满5000000元"
    assert classes["一级（重大）事件"] == "受困30人以上" and "重大事故" in classes
    assert TC.kinded("二级（一般）。", "损失多少算几级事故？", _TABLE, classes) == ("二级（一般）事故", "二级（一般）")
    assert TC.kinded("二级。", "这算几级？", _TABLE, classes) is None       # no kind named: nothing read
    # the asker's figure on the boundary: 500万元 is not 不满500万元
    assert AC.problem("二级（一般）。", "直接经济损失正好500万元，算几级事故？", [_TABLE])
    assert AC.problem("一级（重大）。", "直接经济损失正好500万元，算几级事故？", [_TABLE]) is None
    assert CT.problem("按事故的分级，死亡3人也算在二级里。", "", [_TABLE])
    assert CT.problem("按事故的分级，死亡2人也算在二级里。", "", [_TABLE]) is None
    GEO("受威胁的有300人，算几级险情？", "Ⅱ级（大型）。", "Ⅲ级（中型）。")


# defined_bounds.py: bound words defined together, and a sentence's account of one held to them
def test_bound_words_defined_together() -> None:
    doc = "第二条　本办法所称“以上”“以内”，包括本数；所称“不足”，不包括本数。"
    assert DB.definitions(doc) == {"以上": True, "以内": True, "不足": False}
    assert DB.contradicted("这里的“以内”不包括本数，所以正好30日不算。", doc)
    assert DB.contradicted("这里的“以内”包括本数。", doc) is None
    assert DB.contradicted("“不足”不包括本数。", doc) is None
    GEO("这个办法里的“以上”包不包括本数？",
        "包括。第六条第二款规定，本办法所称“以上”包括本数。",
        "不包括。按本办法，“以上”不包括本数。")


# renumbered.py: a span of articles with one end moved
def test_span_of_articles_renumbered() -> None:
    p = SourceText("x#20", "x", "某办法", "regulation", "某办法第二十条",
                   "第二十条\u3000有本办法第五条至第八条规定情形之一的，依照下列规定处理", article=20)
    assert RN.problems("适用于有本办法第五条至第九条规定情形之一的有关人员。", [p])
    assert RN.problems("适用于有本办法第五条至第八条规定情形之一的有关人员。", [p]) == []


# agent_swapped.py: two bodies that share only 人民政府 are two bodies
def test_agent_told_apart_by_level() -> None:
    text = "该名单由区人民政府为每个社区确定，报市人民政府备案。"
    assert AS.swapped("该名单由街道办事处为每个社区确定。", text) == ["街道办事处"]
    assert AS.swapped("该名单由乡镇人民政府为每个社区确定。", text) == ["乡镇人民政府"]
    assert AS.swapped("该名单由区政府为每个社区确定。", text) == []
    # the act reworded: the agent after the same case (需要撤销的，由…) is who does it
    rule = "第九条\u3000需要撤销登记的，由市市场监管部门按照管理权限作出决定。"
    assert AS.swapped("需要撤销登记的，也由区人民政府直接作出撤销决定。", rule) == ["区人民政府"]
    assert AS.swapped("需要撤销登记的，由市市场监管部门直接作出撤销决定。", rule) == []


# concessive_proviso.py: "即使 C，也 R" where the text's proviso gives case C its own rule
def test_concession_against_proviso() -> None:
    doc = "第八条\u3000违反规定的，责令暂停营业；但是，已经完成整改并通过验收的，可以恢复营业。"
    assert CP.problem("即使已经完成整改并通过验收，也还是要继续暂停营业。", doc)
    assert CP.problem("即使已经完成整改并通过验收，也可以恢复营业。", doc) is None
    assert CP.problem("即使情节轻微，也要暂停营业。", doc) is None


# claims.py: 只能 (one way only) denies "可以单独适用也可以合并适用"
def test_only_one_way_of_combining() -> None:
    both_ways("训诫能单独用吗？", "训诫可以单独适用，也可以和其他问责方式合并适用。",
              "训诫只能与其他问责方式合并适用，不单独使用。")


# inclusions.py: each member joined in an inclusion must be in the parenthesis
def test_each_included_member_held() -> None:
    both_ways("第二条里的区指什么？", "第二条说的区包括管理区。", "第二条说的区包括管理区和开发区。")
