"""Holes found by hand (branch holesa): each reading tested both ways, in our own words, on the
shipped sources or a regulation of tests/data — the true sentence passes, its near twin with one
detail changed fails."""
from __future__ import annotations

from rules.checking import absence, crossed_heading, lead_bears
from tests.rules.checking import SOURCES, both_ways, on, verdict

WUCHUAN = on("wuchuan-gas-2035")


# lead_bears.py: a yes/no carried only by a sentence that bears on what is asked

def test_a_no_is_not_carried_by_a_neutral_quote():
    both_ways("管理区的领导适用这个规定吗？",
              "适用。第二条写明“区（包括管理区，下同）”。",
              "不适用。第二条括号里写着“区（包括管理区，下同）”。")


def test_a_no_is_carried_by_what_limits():
    assert lead_bears.bears(("管理区的领导适用这个规定", "管理区的领导不适用这个规定"), True, "只有街道党政领导成员才算。")
    assert not lead_bears.bears(("管理区的领导适用这个规定", "管理区的领导不适用这个规定"), True, "第二条写明区包括管理区。")
    assert lead_bears.bears(("管理区的领导适用这个规定", "管理区的领导不适用这个规定"), False, "第二条说本规定适用于管理区。")


# aligned.py: a right granted (有权) said as a duty

def test_a_right_is_not_a_duty():
    WUCHUAN("群众发现燃气隐患能举报吗？",
            "第五条规定，任何单位和个人发现燃气安全隐患的，有权向市城管局或者区政府举报。",
            "第五条规定，任何单位和个人发现燃气安全隐患的，应当向市城管局或者区政府举报。")


# absence_rest.py: the rest after a true absence judged in full

def test_the_body_after_a_true_absence():
    WUCHUAN("举报奖励有具体标准吗？",
            "第五条没有规定奖励的具体标准，只说举报经查证属实的，市城管局可以给予举报人奖励。",
            "第五条没有规定奖励的具体标准，只说举报经查证属实的，区政府可以给予举报人奖励。")


# quoted_case.py: a quoted case's class is its own line's

def test_a_quoted_case_takes_its_own_lines_class():
    WUCHUAN("重伤五人属于什么情节？",
            "“重伤三人以上九人以下”的，属于情节较重。",
            "“重伤三人以上九人以下”的，属于情节严重。")
    WUCHUAN("死亡五人属于什么情节？",
            "第十四条第（三）项“造成死亡四人以上”，属于情节严重。",
            "第十四条第（三）项“造成死亡四人以上”，属于情节较轻。")


# absence.py: an absence verb that modifies a noun says no absence

def test_a_relative_absence_is_no_absence():
    assert absence._RELATIVE.match("举的情形")
    bad = verdict("第十二条有兜底项吗？", "第十二条用“其他”两个字接住前面几项没有列举的情形。")
    assert not bad.passed
    ok = verdict("第二条有没有规定管理区？", "第二条没有列出管理区以外的其他区域。")   # (a true absence, read as before)
    assert ok.sentences


# crossed_heading.py: a heading said with a sibling heading's word

def test_a_heading_with_a_siblings_word():
    both_ways("深圳推行行政问责制的背景有哪些？",
              "论文说，推行行政问责制是深圳市反腐倡廉形势发展的必然结果。",
              "论文说，推行行政问责制是深圳市反腐倡廉形势发展的必然要求。")
    both_ways("深圳推行行政问责制的背景有哪些？",
              "推行行政问责制是深圳市民主政治发展的必然要求。",
              "推行行政问责制是深圳市民主政治发展的必然选择。")
    assert crossed_heading.crossed("推行行政问责制是深圳市对中央决策部署的具体落实。", SOURCES) == ""
