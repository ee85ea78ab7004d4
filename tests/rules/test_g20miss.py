"""Branch `g20miss`: the twentieth regulation's (沅岚 ferry) and round 25's wrong drafts that passed,
read by construction.

Each reading tested both ways, in our own words: the right sentence passes, its near twin (same
construction, one detail wrong) is flagged."""
from __future__ import annotations

from rules.checking import added_member as AM
from rules.checking import graded_scales as GS
from rules.checking import listed_classes as LC
from rules.checking import relative_items as RI
from rules.checking import stated_floor as SF
from tests.rules.checking import both_ways, on

FERRY = on("yuanlan-ferry-2037")


# graded_scales.py: one colour of a warning exchanged for another in a restated clause
def test_warning_colour_exchanged() -> None:
    assert GS.same_scale("红", "黄") and GS.same_scale("Ⅰ", "Ⅲ") and not GS.same_scale("红", "Ⅰ")
    FERRY("发布什么预警要停航？",
          "市气象局发布大风黄色以上预警的，区交通运输主管部门应当在1小时内通知有关渡运经营单位停航。",
          "市气象局发布大风红色以上预警的，区交通运输主管部门应当在1小时内通知有关渡运经营单位停航。")


# added_member.py: a member joined after the passage's term (旅客和货物)
def test_member_added_after_the_term() -> None:
    assert AM.added("不得同船载运旅客和行李。", "应当单独渡运，不得同船载运旅客。") == ["行李（原文没有）"]
    assert AM.added("不得同船载运旅客。", "应当单独渡运，不得同船载运旅客。") == []
    FERRY("危化品车能和别的一起渡吗？",
          "汽车渡船载运装有危险化学品的车辆的，应当单独渡运，不得同船载运旅客。",
          "汽车渡船载运装有危险化学品的车辆的，应当单独渡运，不得同船载运旅客和货物。")


# added_member.py: a way joined before the passage's (以短信或者书面形式 for 书面)
def test_way_added_before_the_term() -> None:
    FERRY("不立案的话举报人怎么知道？",
          "市交通运输局决定不予立案的，应当书面告知举报人。",
          "市交通运输局决定不予立案的，应当以短信或者书面形式告知举报人。")


# checker._completed: a yes/no question asked by its basis alone (X的程序按Y吗)
def test_basis_question_completes_the_answer() -> None:
    both_ways("引咎辞职的程序按中办发[2009]25号文件吗？",
              "是的。按中办发[2009]25号文件执行。",
              "是的。按《办法》执行。")
    both_ways("训诫的程序按《办法》吗？",
              "是的。按《办法》执行。",
              "是的。按中办发[2009]25号文件执行。")


# alias_answer.py: the title given for the short name the question asks about
def test_title_answering_a_short_name() -> None:
    both_ways("第十一条里的《办法》指哪部？",
              "指《深圳市行政过错责任追究办法》。",
              "指《深圳市人民政府部门行政首长问责暂行办法》。")


# relative_items.py: the items of the passage's own 前款 reference, renumbered
def test_back_reference_items_renumbered() -> None:
    text = "前款第（三）项、第（四）项不适用于乡镇人民政府设立的公益性渡口的管理单位。"
    assert RI.exchanged("前款第（三）项、第（四）项不适用于乡镇人民政府设立的公益性渡口的管理单位。", text) == []
    assert RI.exchanged("前款第（二）项——即通报批评——不适用于乡镇人民政府设立的公益性渡口的管理单位。", text)
    FERRY("公益性渡口的管理单位有什么特殊？",
          "第十八条第二款规定，前款第（三）项、第（四）项不适用于乡镇人民政府设立的公益性渡口的管理单位。",
          "第十八条第二款规定，前款第（二）项、第（四）项不适用于乡镇人民政府设立的公益性渡口的管理单位。")


# listed_classes.py: classes of an annex written as a nested list, numbered by level
def test_nested_list_annex_classes() -> None:
    text = ("- 一、事故\n- （一）甲级事件，是指有下列情形之一的：\n- 1. 造成3人以上死亡；\n- 2. 造成10人以上重伤。\n"
            "- 二、险情\n- （一）Ⅱ级险情，是指有下列情形之一的：\n- 1. 滞留5小时以上。")
    got = LC.classes(text)
    assert got["甲级事件"] == "造成3人以上死亡；造成10人以上重伤"
    assert got["Ⅱ级险情"] == "滞留5小时以上"


# asked_class.py: a bare class answering the asker's one figure
def test_bare_class_held_to_the_asked_figure() -> None:
    FERRY("渡船搁浅了，乘客在船上等了3个小时才上岸，算几级险情？",
          "算Ⅰ级险情。",
          "算Ⅱ级险情。")
    FERRY("渡船触碰后失去动力，旅客滞留水上1小时，算几级险情？",
          "属于Ⅱ级险情。",
          "属于Ⅰ级险情。")


# stated_floor.py: a floor (至少) under a measure no passage puts a floor under
def test_floor_over_a_measure() -> None:
    assert SF.unheld("对责任人员至少给予诫勉。", "对责任人员不得仅给予通报批评。")
    assert not SF.unheld("对责任人员至少给予通报批评以上的处理。", "对责任人员不得仅给予通报批评。")
    assert not SF.unheld("每年至少检查3次。", "每年检查1次。")     # (a figure's floor is not read here)
    FERRY("从重追究对个人怎么处理？",
          "从重追究的，罚款按第十九条规定幅度的上限确定；对责任人员不得仅给予通报批评。",
          "从重追究的，罚款按第十九条规定幅度的上限确定；对责任人员至少给予停职检查。")


# asked_class.py: a class not graded by the asker's measure at all
def test_class_not_graded_by_the_asked_measure() -> None:
    FERRY("没有人受伤，直接经济损失150万元，算什么等级？",
          "属于较大渡运事故。",
          "属于Ⅰ级险情。")
