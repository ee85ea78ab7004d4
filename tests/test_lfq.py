"""What is asked, read where the eleventh regulation's near misses slipped through (bot/core/asked.py,
bot/core/membership.py): each reading both ways, the question the passage does not answer declined
and its twin the passage answers kept. Written in other words than the blind questions of
《临峰市生活垃圾分类管理责任追究规定》: what is read is the construction."""
from __future__ import annotations

import pytest

from bot.core.asked import asked_clauses, unaddressed
from bot.core.membership import members


def _addressed(question: str, texts: list[str]) -> bool:
    return not unaddressed(asked_clauses(question, []), texts, frozenset(), frozenset())


@pytest.mark.parametrize("question, texts, addressed", [
    # how far asks a length: a count beside the thing (每500人设1个) is another dimension
    ("充电桩离加油站最少要隔多远？", ["加油站周边每500人至少设置1个充电桩。"], False),
    ("充电桩离加油站最少要隔多远？", ["充电桩与加油站的间距不得小于50米。"], True),
    ("围墙至少要砌多高？", ["每个小区至少设置2个出入口，围墙应当保持完好。"], False),
    ("围墙至少要砌多高？", ["围墙高度不低于2.2米。"], True),
    # 几点 asks a clock time: a length of time (每日2次, 24小时内) is no answer
    ("食堂每天几点开门？", ["食堂每日至少消毒2次，发现问题24小时内报告。"], False),
    ("食堂每天几点开门？", ["食堂每日6时30分开门。"], True),
    ("食堂每天几点开门？", ["食堂每天早上7点开门，晚上8点关门。"], True),
    # 多大 still asks any number
    ("罚款的幅度有多大？", ["处2万元以上10万元以下罚款。"], True),
])
def test_a_measure_is_answered_in_its_dimension(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, texts, addressed", [
    # the class is the text's word; the things asked about must be named
    ("旧手机、充电宝算不算可回收物？", ["生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类。"], False),
    ("旧手机、充电宝算不算可回收物？", ["可回收物包括废纸、旧手机、充电宝等。"], True),
    ("快递柜属于公共场所吗", ["商场、车站、公园等公共场所，经营管理单位为管理责任人。"], False),
    ("快递柜属于公共场所吗", ["快递柜所在区域属于公共场所。"], True),
    # the asker's compound sharing a word of the text (物业公司 / 物业服务企业) is named
    ("物业公司算不算管理责任人？", ["实行物业管理的住宅小区，物业服务企业为管理责任人。"], True),
])
def test_a_membership_needs_its_members_named(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("clause, expected", [
    ("旧手机、充电宝算不算可回收物", ("旧手机", "充电宝")),
    ("快递柜属于公共场所吗", ("快递柜",)),
    # an act after the copula is no class; a pronoun or a verb as the subject is a case
    ("这是不是要公开道歉", ()),
    ("我算不算管理责任人", ()),
    ("不分类算不算违规", ()),
    # 属于 with no question frame states, it does not ask
    ("厨余垃圾属于生活垃圾", ()),
])
def test_members_read(clause, expected):
    assert members(clause) == expected
