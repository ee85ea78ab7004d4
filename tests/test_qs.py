"""What is asked, read where the eleventh regulation's last near misses slipped through (branch `qs`;
bot/core/alternatives.py, bot/core/asked.py, bot/core/pipeline.py): each reading both ways, the
question the passage does not answer declined and its twin the passage answers kept. Written in
other words than the blind questions of 《临峰市生活垃圾分类管理责任追究规定》: what is read is the
construction."""
from __future__ import annotations

import pytest

from bot.core.alternatives import Alternative, alternative
from bot.core.asked import asked_clauses, unaddressed
from tests.conftest import DATA, ask_json as ask, ingested_env


def _addressed(question: str, texts: list[str]) -> bool:
    return not unaddressed(asked_clauses(question, []), texts, frozenset(), frozenset())


@pytest.mark.parametrize("question, texts, addressed", [
    # which side holds of the thing asked about: the text names both sides for another matter
    ("停车费收入归开发商还是归全体业主？",
     ["前期物业由开发商选聘；业主大会成立后，由全体业主决定续聘或者另聘。"], False),
    ("停车费收入归开发商还是归全体业主？",
     ["停车费收入扣除管理成本后归全体业主所有。"], True),
    # the sides as bare nouns after a copula
    ("校车的驾驶员是学校还是运营公司？", ["学校应当与运营公司签订协议，明确安全责任。"], False),
    ("校车的驾驶员是学校还是运营公司？", ["校车的驾驶员由运营公司聘用并管理。"], True),
    # the predicate both sides end with is not a side (由A决定还是由B决定)
    ("罚没款的用途由财政局决定还是由执法局决定？", ["执法局应当每月向财政局报送执法统计。"], False),
    ("罚没款的用途由财政局决定还是由执法局决定？", ["罚没款的用途由财政局决定。"], True),
])
def test_an_alternative_is_settled_only_of_its_thing(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("clause, expected", [
    ("停车费收入归开发商还是归全体业主", Alternative("收入", ("开发商", "全体业主"))),
    ("校车的驾驶员是学校还是运营公司", Alternative("驾驶员", ("学校", "运营公司"))),
    # 还是 as "still", with no parallel side: no alternative
    ("申诉结果还是不满意", None),
    ("还是要交罚款", None),
    # no thing before the sides
    ("学校还是运营公司", None),
])
def test_alternatives_read(clause, expected):
    assert alternative(clause) == expected


@pytest.mark.parametrize("question, texts, addressed", [
    # the frame verb of a modal's act (申请, 要求) is said of other objects in the text
    ("被列入黑名单以后，可以申请延期退出吗？",
     ["当事人对处罚决定不服的，可以申请行政复议。列入黑名单的，公示期为2年。"], False),
    ("被列入黑名单以后，可以申请延期退出吗？",
     ["列入黑名单满1年、已纠正失信行为的，可以申请退出。"], True),
    ("能不能要求对方赔偿误工费？", ["受害人可以要求重新鉴定。"], False),
    ("能不能要求对方赔偿误工费？", ["受害人可以要求责任方赔偿误工费。"], True),
    # a predicate of one verb is still asked by that verb
    ("对决定不服可以申请吗？", ["对决定不服的，可以申请复核。"], True),
])
def test_a_modal_act_is_read_on_its_object(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.fixture(scope="module")
def linfeng(tmp_path_factory):
    """《临峰市生活垃圾分类管理责任追究规定》 alone beside the shipped sources."""
    return ingested_env(tmp_path_factory.mktemp("qs-linfeng"), DATA / "linfeng-waste-2036.md")


@pytest.mark.parametrize("question, cites", [
    # the regulation gives the reward's amount and no time: the paper's complaint path gives a
    # month for a department's explanation, another matter in another document
    ("举报以后，奖励几天之内能领到？", None),
    # its twin asks the amount, which the regulation's article gives
    ("举报属实的话，奖励能拿多少钱？", 30),
])
def test_a_figure_asked_under_a_regulation_is_its_matters(linfeng, question, cites):
    a = ask(linfeng, question)
    assert a["check"]["passed"], a
    if cites is None:
        assert a["source"] == "none" and a["grounded"] is False and "一个月" not in a["answer"], a["answer"]
    else:
        assert a["citations"] and a["citations"][0]["article"] == cites, a["citations"]


@pytest.mark.parametrize("question, grounded", [
    ("废品卖掉的收入归物业公司还是归业主大会？", False),
    ("没实行物业管理的小区，管理责任人是业主委员会还是居民委员会？", True),
])
def test_an_alternative_under_the_regulation(linfeng, question, grounded):
    a = ask(linfeng, question)
    assert a["check"]["passed"] and a["grounded"] is grounded, a
    if grounded:
        assert a["citations"][0]["article"] == 6, a["citations"]


@pytest.mark.parametrize("question, article", [
    # two 规定 held (the seed's and the ingested one): "这个规定" names a kind, not one of them
    ("这个规定从什么时候开始生效？", None),
    # named by its title's words, it is that one, quoted by its own article on entry into force
    ("临峰的垃圾分类规定什么时候开始生效？", 33),
])
def test_a_kind_two_documents_share_is_asked_back(linfeng, question, article):
    a = ask(linfeng, question)
    assert a["check"]["passed"], a
    if article is None:
        assert a["source"] == "none" and not a["citations"] and "2009" not in a["answer"], a
        assert "1. 《临峰市生活垃圾分类管理责任追究规定》" in a["answer"] and "2. 《深圳市" in a["answer"], a["answer"]
    else:
        assert a["citations"][0]["article"] == article and "2036年7月1日" in a["answer"], a
