"""Branch `heldmiss`: wrong claims of the shapes the blind 琅川 regulation and round 27 passed, held to
the text, each next to a right sentence of the same shape (in new words, under several regulations)."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.sources import shipped_sources, with_documents
from rules.checker import check
from rules.schema import RuleBook

DATA = Path(__file__).resolve().parents[1] / "data"
BOOK = RuleBook()


@pytest.fixture(scope="module")
def shenzhen():
    return shipped_sources()


@pytest.fixture(scope="module")
def langchuan():
    return with_documents([DATA / "langchuan-property-2038.md"])


@pytest.fixture(scope="module")
def chengxi():
    return with_documents([DATA / "chengxi-eldercare-2036.md"])


@pytest.fixture(scope="module")
def yanchuan():
    return with_documents([DATA / "yanchuan-geohazard-2038.md"])


@pytest.fixture(scope="module")
def yuanlan():
    return with_documents([DATA / "yuanlan-ferry-2037.md"])


def passes(q: str, d: str, sources) -> bool:
    return check(q, d, BOOK, sources=sources).passed


# a body named by its level (区 for 市) is another body; a 对-topic and its 由-clause are one statement
@pytest.mark.parametrize("draft, ok", [
    ("依照第5条，对物业服务企业的信用评价，由市住房城乡建设部门作出。", True),
    ("依照第5条，对物业服务企业的信用评价，由区住房城乡建设部门作出。", False),
    ("依照第5条，对物业服务企业的行政处罚，由区住房城乡建设部门决定。", True),
    ("依照第5条，对物业服务企业的行政处罚，由市住房城乡建设部门决定。", False),
])
def test_body_by_level(langchuan, draft, ok):
    assert passes("谁来罚物业公司？", draft, langchuan) is ok


# a time limit denied with its act after the kind: 没有写…在多长时间内召开
@pytest.mark.parametrize("draft, ok", [
    ("规定没有写市委市政府必须在多长时间内召开现场会。", False),
    ("第十四条没有写区委区政府要在多久以内召开现场会。", False),
    ("第十二条没有写必须在多长时间内成立事故问责组。", True),
])
def test_limit_denied_before_act(shenzhen, draft, ok):
    assert passes("现场会什么时候开", draft, shenzhen) is ok


# a relation between two things denied where the text joins them (与事故调查组同步开展)
@pytest.mark.parametrize("draft, ok", [
    ("第十二条没有写问责组和调查组之间是什么关系。", False),
    ("第十二条没有交代事故问责组跟事故调查组的关系。", False),
])
def test_relation_denied(shenzhen, draft, ok):
    assert passes("问责组和调查组有什么关系", draft, shenzhen) is ok


# bound words quoted together before one 包括 / 不包括本数, each held to the definition
@pytest.mark.parametrize("draft, ok", [
    ("本办法所称“以上”“以下”“以内”包括本数；所称“不满”“超过”不包括本数。", True),
    ("第4条规定：本办法所称“以上”“以下”包括本数；所称“不满”“超过”“以内”不包括本数。", False),
])
def test_grouped_bound_words(yanchuan, draft, ok):
    assert passes("以上以下怎么算", draft, yanchuan) is ok


def test_grouped_bound_words_langchuan(langchuan):
    assert not passes("以上以下怎么算", "第4条第（五）项：所称“以上”“以内”“不满”都包括本数。", langchuan)


# the point of a range an amount is set at (上限, 中间值, 下限)
@pytest.mark.parametrize("draft, ok", [
    ("依照第26条第2款，从重处罚的，罚款数额不低于幅度中间值，不是一律顶格。", True),
    ("对物业服务企业从重处罚的，依照第26条，按照幅度下限确定罚款数额。", False),
])
def test_range_point_langchuan(langchuan, draft, ok):
    assert passes("从重处罚罚款怎么定", draft, langchuan) is ok


@pytest.mark.parametrize("draft, ok", [
    ("从重追究的，对渡运经营单位的罚款应当按照本办法第十九条规定幅度的上限确定，也就是顶格罚款。", True),
    ("依照第二十二条，从重追究的，对渡运经营单位的罚款按照第十九条规定幅度的中间值确定。", False),
])
def test_range_point_yuanlan(yuanlan, draft, ok):
    assert passes("从重罚款怎么定", draft, yuanlan) is ok


# a party the text says may not be charged, said to bear the cost
@pytest.mark.parametrize("draft, ok", [
    ("第10条规定，评估费用由区财政承担，不得向养老机构收取。", True),
    ("依照第10条，第三方评估的评估费用由区财政和养老机构分担。", False),
    ("依照第10条，评估费用由接受评估的养老机构支付。", False),
])
def test_barred_party_chengxi(chengxi, draft, ok):
    assert passes("评估费谁出", draft, chengxi) is ok


def test_barred_party_langchuan(langchuan):
    assert not passes("第三方评估谁出钱", "依照第18条，委托第三方评估所需费用，物业服务企业要承担一半。", langchuan)


# a referral's key at each place it stands; accountability and a cumulative referral said exclusive
@pytest.mark.parametrize("draft", [
    "第四条规定问责与党纪政纪处分不能同时适用。",
    "第四条规定，问责和纪律处分二者选一。",
    "第四条说问责和党纪政纪处分是一回事，受到问责的，不再给予党纪政纪处分。",
])
def test_referral_not_exclusive(shenzhen, draft):
    assert not passes("被问责了还会再给党纪处分吗", draft, shenzhen)


# 一般 joined to another severity is the severity
@pytest.mark.parametrize("draft, ok", [
    ("较大和一般由区委（党工委）、区政府（管委会）召开现场会。", False),
    ("一般和较大的，区委（党工委）、区政府（管委会）都要在24小时内开现场会。", False),
    ("特别重大、重大由市委、市政府在24小时内召开现场会，较大由区委（党工委）、区政府（管委会）在24小时内召开。", True),
])
def test_general_joined_severity(shenzhen, draft, ok):
    assert passes("哪些等级的事故要开现场会？", draft, shenzhen) is ok
