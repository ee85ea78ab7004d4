"""Bodies named by their head noun (rules/checking/named_bodies.py): a body none of whose own
words the passage has is missing, in any list and any regulation; a determiner names no body."""
from __future__ import annotations

from rules.checking.named_bodies import missing_bodies
from tests.rules.checking import both_ways

ARTICLE_3 = "纪检监察机关、组织人事部门按照管理权限履行本规定中的有关职责。"


def test_a_member_of_a_list_of_bodies_swapped_is_missing():
    """Round 12 (held out) said 审计部门 for 第三条's 组织人事部门; it had been caught only by a
    misreading of 组成 that another reading removed."""
    both_ways("纪检监察机关在问责中做什么", "纪检监察机关和组织人事部门按照管理权限履行本规定中的有关职责。",
              "纪检监察机关和审计部门按照管理权限履行本规定中的有关职责。", unsupported=True)


def test_a_body_is_the_passages_when_its_own_words_are():
    assert missing_bodies("纪检监察机关和审计部门履行有关职责", ARTICLE_3) == ["审计部门"]
    assert missing_bodies("纪检监察机关和组织部门履行有关职责", ARTICLE_3) == []     # 组织 is there
    assert missing_bodies("由卫生健康委员会负责", "由卫生健康主管部门负责") == []     # 卫生健康 is there


def test_a_determiner_names_no_body():
    assert missing_bodies("具体到某个部门的过错，由有关部门调查", "由市场监管部门调查") == []
    assert missing_bodies("向作出决定的那个机关申请复核", "向作出决定的机关申请复核") == []
    assert missing_bodies("向作出决定的那个审计机关申请复核", "向作出决定的机关申请复核") == ["审计机关"]
