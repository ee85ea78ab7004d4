"""What is asked, read where the fifteenth regulation's questions and two older ones slipped through
(branch `qs4`; bot/core/asked.py, bot/core/about.py, bot/core/thresholds.py, bot/core/clock.py):
each reading both ways, the question the passage does not answer declined and its twin the passage
answers kept. Written in other words than the blind questions of 《青岚县森林防火责任追究规定》,
《岚川市电动自行车集中充电场所安全管理责任追究办法》 and 《澄溪市养老机构服务安全监管责任追究暂行办法》:
what is read is the construction."""
from __future__ import annotations

import pytest

from bot.core.asked import asked_clauses, unaddressed
from tests.test_qs2 import _Chunk, _Kb


def _addressed(question: str, texts: list[str]) -> bool:
    return not unaddressed(asked_clauses(question, []), texts)


@pytest.mark.parametrize("question, texts, addressed", [
    # 多久 + a modal + a result with no verb (到手, 下来): the 受理 days of the same matter do not say
    # when it arrives
    ("补偿款核定以后多久能到手？", ["补偿款的申请，应当在5个工作日内决定是否受理。",
                             "核定属实的，给予申请人补偿款。"], False),
    ("许可证多久才能下来？", ["许可申请应当自收到之日起3日内登记。"], False),
    # the result said, whole or with the act's words between (发放到申请人手中)
    ("补偿款核定以后多久能到手？", ["补偿款应当自核定之日起10日内发放到申请人手中。"], True),
    ("许可证多久才能下来？", ["许可证应当自受理之日起20日内批准下来。"], True),
])
def test_a_time_asked_of_a_result_alone(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, texts, addressed", [
    # a clause ending in 多少 after a noun and its adverbs: the number is that noun's, not of the
    # noun before it (保洁员's 每日2次 is another quantity)
    ("保洁员一年补贴大约多少？", ["保洁员每日清扫不少于2次。"], False),
    ("罚款一般多少钱？", ["对违规单位，予以通报，并在3日内整改。"], False),
    # the figure said of that noun
    ("保洁员一年补贴大约多少？", ["保洁员补贴为每年3000元。"], True),
    ("罚款一般多少钱？", ["对违规单位，处2000元罚款。"], True),
])
def test_a_bare_quantity_is_of_the_noun_before_it(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, texts, addressed", [
    # 往哪儿 + a one-character act closing the clause: a passage on the case before it (复查决定),
    # or one with the character inside another act (抄告, 报告), does not say where
    ("对复查决定还不服，还能去哪儿告？", ["对处理决定不服的，可以申请复查。复查决定应当在30日内作出。"], False),
    ("对复查决定还不服，还能去哪儿告？", ["复查决定应当抄告区政府，并报告市政府。"], False),
    # the act said as a word of its own
    ("对复查决定还不服，还能去哪儿告？", ["对复查决定不服的，可以向法院告。"], True),
])
def test_a_one_character_act_after_where(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


_NEW_AND_SEED = _Kb({"new": "丰河市餐饮油烟治理责任追究规定", "sz": "深圳市党政领导干部问责暂行规定"},
                    [_Chunk("new", 40, "第四十条　本规定自2031年1月1日起施行。2025年印发的《丰河市餐饮油烟整治考评办法》同时废止。")])


def test_the_earlier_document_picks_the_new_one():
    """"新规定哪天施行？以前那个考评办法还算数吗？": the earlier document is one a held 规定 repeals,
    so that 规定 is the new one, not a question back; the kind alone is still asked back."""
    from types import SimpleNamespace

    from bot.core.about import about_body, alike
    assert alike(_NEW_AND_SEED, "新规定哪天开始施行？以前那个考评办法还算数吗？") == []
    book = SimpleNamespace(regulation=SimpleNamespace(document="sz"))
    body = about_body(_NEW_AND_SEED, book, "新规定哪天开始施行？以前那个考评办法还算数吗？")
    assert "2031年1月1日" in body.lead and "废止" in body.statements[0].text, body
    # no earlier document named, or one no held text repeals: two 规定 held, which one is asked
    assert sorted(alike(_NEW_AND_SEED, "新规定哪天开始施行？")) == ["new", "sz"]
    assert sorted(alike(_NEW_AND_SEED, "新规定哪天开始施行？以前那个奖惩办法还算数吗？")) == ["new", "sz"]


_THRESHOLD = ["第五条　市交通运输局负责对停车泊位数在200个以上的停车场的责任追究。",
              "区交通运输部门负责本辖区内前款规定以外的停车场的责任追究。"]


@pytest.mark.parametrize("question, texts, addressed", [
    # the asker's count of what the threshold counts, in its measure: the threshold's case decides
    ("我们停车场有300来个泊位，出了事是市里管还是区里管？", _THRESHOLD, True),
    ("我们停车场只有80个泊位，出了事是市里管还是区里管？", _THRESHOLD, True),
    # a count of something else (员工), in another measure (辆), or none: nothing decides it
    ("我们停车场有300个员工，出了事是市里管还是区里管？", _THRESHOLD, False),
    ("我们停车场有300辆车，出了事是市里管还是区里管？", _THRESHOLD, False),
    ("出了事是市里管还是区里管？", _THRESHOLD, False),
])
def test_an_askers_count_decides_a_thresholds_case(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


def test_the_count_finds_the_threshold_article():
    from bot.core.thresholds import given, settling_passages
    kb = _Kb({"p": "丰河市停车场管理责任追究办法"}, [_Chunk("p", 5, _THRESHOLD[0]), _Chunk("p", 6, _THRESHOLD[1])])
    assert [p.article for p in settling_passages(kb, ("市里", "区里"), given("有300来个泊位"))] == [5]
    assert settling_passages(kb, ("市里", "区里"), given("有300个员工")) == []


_NIGHT = ["第八条　经营单位每日巡查不少于2次，其中22时至次日6时之间至少巡查1次。"]


@pytest.mark.parametrize("question, texts, addressed", [
    # a time of day said in words, against the text's clock range: the act said at those hours
    ("凌晨也要派人巡查吗？", _NIGHT, True),
    ("深更半夜还得巡查吗？", _NIGHT, True),
    # the act said at no range of those hours, or at hours the word does not span
    ("凌晨也要派人巡查吗？", ["街道办事处每月至少巡查1次。"], False),
    ("中午也要派人巡查吗？", _NIGHT, False),
    ("凌晨也要派人值守吗？", _NIGHT, False),
])
def test_a_time_of_day_against_a_clock_range(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


def test_the_time_of_day_finds_the_article():
    from bot.core.clock import day_part, timed_passages
    kb = _Kb({"p": "丰河市停车场管理责任追究办法"}, [_Chunk("p", 8, _NIGHT[0]), _Chunk("p", 9, "街道每月至少巡查1次。")])
    assert [p.article for p in timed_passages(kb, day_part("凌晨"), ("巡查",))] == [8]
    assert timed_passages(kb, day_part("中午"), ("巡查",)) == []
