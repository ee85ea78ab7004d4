"""The readings added on the third blind regulation (《澜州市生态环境监测数据弄虚作假责任追究规定》,
tests/data/lanzhou-monitoring-2035.md), each tested both ways: the right sentence passes, its
wrong twin is flagged. The twins are written here, not taken from the blind drafts.
"""
from __future__ import annotations

from functools import partial

from pathlib import Path

from bot.core.sources import with_documents
from rules.checking import aligned
from tests.rules import checking

HERE = Path(__file__).parent
REGULATION = HERE.parent / "data" / "lanzhou-monitoring-2035.md"
WITH = with_documents([REGULATION])


verdict = partial(checking.verdict, sources=WITH)
both_ways = partial(checking.both_ways, sources=WITH, unsupported=True)


def test_a_bound_reaches_over_a_long_noun_phrase():
    text = "不低于本市在运行自动监测站点总数的15%"
    at = text.index("15%")
    assert aligned._bound(text, at, at + 3) == "lower"
    text = "最多为全市在运行自动监测站点总数的15%"
    assert aligned._bound(text, at, at + 3) == "upper"


def test_a_bound_reversed_over_a_long_noun_phrase_is_flagged():
    both_ways("澜州市生态环境局抽查自动监测站点的比例有什么要求？",
              "抽查比例不得低于本市在运行自动监测站点总数的百分之十五。",
              "抽查比例最多为本市在运行自动监测站点总数的15%。")


def test_a_short_clause_naming_a_body_is_read_with_the_clause_before():
    both_ways("澜州的县区能自己定实施细则吗？",
              "能，县（区）人民政府可以依照本规定制定实施细则，并报市人民政府备案。",
              "能，县（区）人民政府可以依照本规定制定实施细则，并报市生态环境局备案。")


def test_an_absence_of_an_unsure_focus_holds_in_every_regulation_it_may_mean():
    # nothing names the regulation and the Shenzhen one lacks both things; the words lean to the
    # ingested one, which has the first (without the reading, the first passed on the Shenzhen text)
    both_ways("规定有没有说调查人员要不要回避？",
              "没有。本规定对调查组成员的着装问题没有作出规定，调查由市生态环境局组织。",
              "没有。本规定对调查组成员的回避问题没有作出规定，调查由市生态环境局组织。")


def test_a_label_and_its_content_from_two_items_of_one_list_are_flagged():
    both_ways("澜州的规定里，监测机构的从业人员有情节轻重之分吗？公职人员呢？",
              "公职人员情节较轻的：诫勉。",
              "公职人员情节较轻的：调离岗位、责令辞职。")


def test_each_part_of_a_condition_joined_by_qie_must_be_said():
    both_ways("澜州的社会化监测机构有第五条情形，怎样才能只被责令改正？",
              "情节较轻且及时纠正、没有造成危害后果的，可以只责令改正。",
              "情节较轻，而且已经及时纠正的，可以只责令改正。")
    assert aligned._conjuncts("情节较轻且及时纠正、未造成危害后果的，可以仅予责令改正") == \
        ["情节较轻", "及时纠正", "未造成危害后果"]
    # a 、 before 且 may join alternatives: that part is kept whole
    assert aligned._conjuncts("因设备故障、不可抗力导致数据缺失，且在发现后及时报告的，不予追究") == ["在发现后及时报告"]


def test_one_statement_s_topic_with_what_another_says_of_its_own_is_flagged():
    both_ways("澜州对公职人员的问责决定谁来作？",
              "对公职人员的问责决定，由有管理权限的党组织或者任免机关作出。",
              "对公职人员的问责决定，也同样由市生态环境局局务会议集体讨论作出。")


def test_the_condition_just_before_a_restated_consequence_must_be_said():
    both_ways("澜州的监测机构申请提前移出失信名单以后怎么办？",
              "市生态环境局组织现场评估，评估通过的，由市生态环境局予以移出。",
              "监测机构提出申请后，由市生态环境局予以移出。")
