"""Branch `heldmiss2`: wrong claims of the shapes the blind 霁州 regulation passed (straight quotes in
its definitions article, grades named before a colon, 由X决定, a liability said missing, 前款 with no
item, a defined term said not to include its own member), each beside a right sentence of the same
shape, in new words and under a second regulation where the shape recurs."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.sources import with_documents
from knowledge.documents import _paragraphs
from rules.checker import check
from rules.schema import RuleBook

DATA = Path(__file__).resolve().parents[1] / "data"
BOOK = RuleBook()


@pytest.fixture(scope="module")
def jizhou():
    return with_documents([DATA / "jizhou-muck-transport-2038.md"])


@pytest.fixture(scope="module")
def lanxi():
    return with_documents([DATA / "lanxi-bridge-2036.md"])


def passed(sources, question: str, draft: str) -> bool:
    return check(question, draft, BOOK, sources=sources).passed


def test_straight_quotes_pair_into_chinese_ones():
    assert _paragraphs('本办法所称"以上""以下"，包括本数。') == ["本办法所称“以上”“以下”，包括本数。"]
    # an odd count, or a line with no Chinese, is left as it is
    assert _paragraphs('他说"好。') == ['他说"好。']
    assert _paragraphs('set "a" to "b"') == ['set "a" to "b"']


@pytest.mark.parametrize("draft, ok", [
    ("较大运输事件的渣土量是500立方米以上、不满2000立方米。", True),
    ("较大运输事件的渣土量是500立方米以上、2000立方米以下。", False),     # 以下 takes 2000 in
    ("重大运输事件是偷倒乱倒渣土2000立方米以上不满10000立方米。", True),
    ("重大运输事件是偷倒乱倒渣土2000立方米以上10000立方米以下。", False),
])
def test_bound_words_defined_in_straight_quotes(jizhou, draft, ok):
    assert passed(jizhou, "较大和重大运输事件的渣土量界限是多少？", draft) is ok


@pytest.mark.parametrize("question, draft, ok", [
    ("偷倒了刚好10000方渣土，属于哪一级？", "特别重大运输事件。", True),
    ("偷倒了刚好10000方渣土，属于哪一级？", "重大运输事件。", False),
    ("车祸里3个人重伤，定哪一级？", "较大运输事件。", True),
    ("车祸里5个人重伤，定哪一级？", "较大运输事件。", False),
    ("污染了1000平方米的路面，是哪一级？", "一般运输事件。", False),
    ("车祸里2个人重伤，定哪一级？", "较大运输事件。", True),
])
def test_grades_named_before_a_colon(jizhou, question, draft, ok):
    assert passed(jizhou, question, draft) is ok


def test_asked_figure_held_to_the_parts_of_its_act(jizhou):
    from rules.checking import asked_class
    texts = [p.text for p in jizhou.of_document("jizhou-muck-transport-2038")]
    # 2人重伤 is not met by 重大's 1人以上不满3人死亡: only its 5人以上重伤 counts
    assert asked_class.problem("重大运输事件。", "车祸里2个人重伤，定哪一级？", texts)
    assert asked_class.problem("重大运输事件。", "车祸里死了2个人，定哪一级？", texts) is None


@pytest.mark.parametrize("question, draft, ok", [
    ("直接经济损失正好500万元，算几级事故？", "较大事故。", True),
    ("直接经济损失正好500万元，算几级事故？", "一般事故。", False),
])
def test_grades_numbered_in_words_under_another_regulation(lanxi, question, draft, ok):
    assert passed(lanxi, question, draft) is ok


@pytest.mark.parametrize("draft, ok", [
    ("罚款和停业整顿由区城市管理部门决定，撤销核准则由市城管局决定。", True),
    ("罚款由区城市管理部门决定，撤销也由区城市管理部门决定。", False),
    ("撤销渣土运输核准由区城市管理部门决定。", False),
])
def test_doer_of_a_decision_given_as_topic(jizhou, draft, ok):
    assert passed(jizhou, "渣土企业的处罚谁说了算？", draft) is ok


@pytest.mark.parametrize("draft, ok", [
    ("本办法没有规定消纳场运营单位的法律责任。", False),
    ("办法里没有规定建设单位的法律责任。", False),
    ("本办法没有规定举报人的奖励。", True),
])
def test_liability_said_missing(jizhou, draft, ok):
    assert passed(jizhou, "这个办法有没有规定？", draft) is ok


@pytest.mark.parametrize("draft, ok", [
    ("指的是第一款的车辆未密闭、定位装置未安装或不在线、未按规定保存轨迹数据这几种情形。", True),
    ("指的是本款前两项的偷倒乱倒渣土和伪造、篡改电子联单。", False),
])
def test_paragraph_referred_to_by_place(jizhou, draft, ok):
    assert passed(jizhou, "第十八条第二款第三项的「前款规定的情形」指什么？", draft) is ok


@pytest.mark.parametrize("draft, ok", [
    ("第三条所称渣土，是指新建、改建、扩建和拆除各类建筑物、构筑物、管网以及房屋装饰装修过程中产生的弃土、弃料和其他废弃物。", True),
    ("渣土是指建设过程中产生的弃土、弃料和其他废弃物，但不包括拆除管网产生的弃料。", False),
    ("电子联单是分段确认的电子记录，不包含运输线路信息。", False),
])
def test_member_of_a_definition_denied(jizhou, draft, ok):
    assert passed(jizhou, "渣土和电子联单怎么定义？", draft) is ok


@pytest.fixture(scope="module")
def shenzhen():
    from bot.core.sources import shipped_sources
    return shipped_sources()


@pytest.mark.parametrize("draft, ok", [
    ("第五条第（二）项规定：区城市管理部门每月对辖区内渣土运输企业的监督检查不少于2次。", False),
    ("第六条第（二）项规定：每月对辖区内渣土运输企业的监督检查不少于2次，每季度对辖区内每个消纳场的检查不少于1次。", True),
    ("第四条第（二）项规定：渣土运输管理责任追究坚持实事求是、权责一致的原则。", False),   # 第四条 has no items
])
def test_labelled_quote_of_an_item(jizhou, draft, ok):
    assert passed(jizhou, "这一项原文怎么写的？", draft) is ok


def test_labelled_quote_of_an_item_in_shenzhen(shenzhen):
    assert not passed(shenzhen, "第四条第（二）项怎么写？", "第四条第（二）项规定：涉嫌犯罪的，移送司法机关依法处理。")
    assert passed(shenzhen, "第四条怎么写？", "第四条规定：涉嫌犯罪的，移送司法机关依法处理。")


@pytest.mark.parametrize("question, draft, ok", [
    ("接到偷倒举报后多久到场是第六条第几项？", "第（三）项：接到偷倒乱倒渣土的举报后，在24小时内到场核查。", True),
    ("接到偷倒举报后多久到场是第六条第几项？", "第（二）项：接到偷倒乱倒渣土的举报后，在24小时内到场核查。", False),
    ("接到偷倒举报后多久到场是第六条第几项？", "是第（一）项。", False),
])
def test_bare_item_of_the_asked_article(jizhou, question, draft, ok):
    assert passed(jizhou, question, draft) is ok


def test_bare_item_located_only_when_one_item_is_named():
    from rules.checking.bare_item import located
    assert located("第（三）项：到场核查。", "到场核查是第六条第几项？", "") == "第六条第（三）项：到场核查。"
    # a run of items counts the article's items; an article the draft named before is its own
    assert located("四项，第（一）到第（四）项：…", "第六条有几项？", "") == "四项，第（一）到第（四）项：…"
    assert located("第（三）项：到场核查。", "到场核查是第六条第几项？", "第九条说巡查。") == "第（三）项：到场核查。"
    # a question naming two articles names no one article
    assert located("第（三）项：到场核查。", "第六条和第九条哪一项讲到场核查？", "") == "第（三）项：到场核查。"
