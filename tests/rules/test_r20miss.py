"""Branch r20miss: readings of constructions the checker let through (see README, "Branch `r20miss`")."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.sources import shipped_sources, with_documents
from rules.checker import check
from rules.checking import agent_act, listed_above, pronoun_owner, ranks
from rules.schema import RuleBook

BOOK = RuleBook()
SOURCES = shipped_sources()
DOC = "sz-accountability-2009"


def passes(question: str, draft: str) -> bool:
    return check(question, draft, BOOK, sources=SOURCES).passed


# --- pronoun_owner: 它们的X said to be missing where the text has 及其X
def test_owned_thing_read_without_its_pronoun():
    assert pronoun_owner.owned("它们的工作部门") == "工作部门"
    assert pronoun_owner.owned("其下属单位") == "下属单位"
    assert pronoun_owner.owned("工作部门") is None


def test_absence_of_a_pronoun_owned_thing_the_article_has_is_flagged():
    assert not passes("第三条说谁问责？", "第三条只说党委、政府进行问责，没有提到它们的工作部门。")


def test_absence_of_a_pronoun_owned_thing_the_article_lacks_passes():
    assert passes("第三条说谁问责？", "第三条没有提到它们的派出机构。")


# --- clefts: "M的共N类：A、B、C"
def test_counted_cleft_with_an_official_of_another_measure_is_flagged():
    assert not passes("重大事故里谁被停职检查？",
                      "重大事故停职检查的共三类：区党政领导分管副职、街道党政领导正职、街道党政领导分管副职。")


def test_counted_cleft_that_leaves_one_out_is_flagged():
    assert not passes("重大事故里谁被停职检查？", "重大事故停职检查的有两类：区党政领导分管副职、街道党政领导正职。")


def test_counted_cleft_right_passes():
    assert passes("重大事故里谁被停职检查？",
                  "重大事故停职检查的共三类：区党政领导分管副职、区有关职能部门领导分管副职、街道党政领导正职。")


# --- tiers: a weight group's members
def test_weight_group_with_a_measure_of_the_other_group_is_flagged():
    assert not passes("后果严重的怎么问责？", "重的那一档，五种：责令公开道歉、停职检查、引咎辞职、责令辞职、调离现工作岗位。")


def test_weight_group_with_its_own_measures_passes():
    assert passes("后果严重的怎么问责？", "重的那一档，五种：责令公开道歉、停职检查、引咎辞职、责令辞职、免职。")


# --- ranks
def test_rank_raised_from_among_the_leaders_to_first_is_flagged():
    assert not passes("低保标准多少？", "最低工资、最低生活保障标准提高至2030元和800元，两项都居国内首位。")


def test_rank_as_written_passes():
    assert passes("低保标准多少？", "最低工资、最低生活保障标准提高至2030元和800元，均居国内前列。")


def test_rank_reader_lets_the_leaders_stand_for_the_first():
    assert ranks.rank_changed("重点本科上线率保持全省前列", "重点本科上线率保持全省第一。") == []
    assert ranks.rank_changed("重点本科上线率保持全省第一", "重点本科上线率保持全省前列。") != []


# --- which_article: "写在第N条" to "…写在哪一条？"
def test_located_answer_to_another_articles_topic_is_flagged():
    assert not passes("党风廉政方面的问责写在哪一条？", "写在第七条。")


def test_located_answer_to_its_own_topic_passes():
    assert passes("党风廉政方面的问责写在哪一条？", "写在第八条。")


# --- listed_above: 上列X narrowed to one of the lists
def test_pointer_over_two_lists_narrowed_to_the_city_is_flagged():
    assert not passes("内设机构领导成员包括哪些？", "第二条的“内设机构领导成员”仅指市委、市政府工作部门的内设机构领导成员。")


def test_pointer_reader_reads_a_level_in_speech_and_a_denied_restriction():
    art = SOURCES.article(2, DOC)
    assert listed_above.narrowed("内设机构领导成员只包括区里工作部门的内设机构", [art])
    assert listed_above.narrowed("内设机构领导成员不只限于市委、市政府工作部门的内设机构", [art]) is None
    assert listed_above.narrowed("内设机构领导成员只限于工作部门的内设机构", [art]) is None


# --- combinable: a measure the paragraph leaves out said not to be usable alone
@pytest.mark.parametrize("question,draft", [
    ("免职能单独用吗？", "不能。"),
    ("停职检查能不能单独适用？", "停职检查不能单独适用。"),
    ("引咎辞职可以单独用吗？", "引咎辞职只能和其他问责方式合并适用，不能单独用。"),
])
def test_left_out_measure_said_not_usable_alone_is_flagged(question, draft):
    assert not passes(question, draft)


@pytest.mark.parametrize("question,draft", [
    ("训诫能单独用吗？", "能。"),
    ("免职能单独用吗？", "规定没有说。第十条第二款只列了训诫、责令作出书面检查、通报批评、责令公开道歉。"),
])
def test_combinable_answers_the_text_gives_pass(question, draft):
    assert passes(question, draft)


# --- agent_act: 由X + an act the passage does not give X
@pytest.mark.parametrize("draft", [
    "发生重大公共安全责任事故的，由市委、市政府组织调查。",
    "发生较大公共安全责任事故的，由区委、区政府负责调查处理。",
])
def test_body_given_an_act_the_article_does_not_give_it_is_flagged(draft):
    assert not passes("事故发生后谁来调查？", draft)


@pytest.mark.parametrize("question,draft", [
    ("重大事故后谁开现场会？", "发生重大公共安全责任事故的，由市委、市政府召开现场会。"),
    ("一般事故谁处理？", "发生一般公共安全责任事故，造成较大损失或者不良影响的，由区委（党工委）、区政府（管委会）按《办法》处理。"),
])
def test_body_given_its_own_act_passes(question, draft):
    assert passes(question, draft)


def test_agent_act_reads_only_bodies_before_the_act():
    assert agent_act._by_bodies("由个人或者未取得许可的单位收集、运输") == []
    assert agent_act._by_bodies("由市委、市政府在24小时内组织调查") == [(["市委", "市政府"], "组织调查")]


INGESTED = with_documents([Path(__file__).resolve().parents[1] / "data" / "linfeng-waste-2036.md"])


def test_agent_act_on_an_ingested_regulation():
    def ok(draft: str) -> bool:
        return check("情节较重的怎么处理？", draft, BOOK, sources=INGESTED).passed
    assert ok("情节较轻的，由区城管部门责令限期改正。")
    assert not ok("情节较轻的，由区城管部门扣押其车辆。")
