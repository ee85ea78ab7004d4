"""Readings of the twentieth regulation's misses, each both ways (branch `qs10`; rules/references.py,
bot/core/asked.py, bot/core/unmatched.py, bot/core/pipeline.py, knowledge/everyday_words.yaml):
what each lets through, and the near case it keeps out. Written in other words than the blind
questions of 《沅岚市渡口渡船安全管理责任追究办法》, over article texts made up here."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.core.unmatched import of_an_ingested_matter
from knowledge.everyday import terms
from rules.references import article_numbers
from tests.made_up import addressed


@pytest.mark.parametrize("question, numbers", [
    # one boat, one road, one text message: 条 is their measure word, not an article
    ("一条货船最少要几个船员？", []),
    ("一条小路上要装几盏路灯？", []),
    ("收到一条短信说要罚款，是真的吗？", []),
    # an article cited without 第, or with it, is still one
    ("一条是怎么规定的？", [1]),
    ("第一条说了什么？", [1]),
    ("十四条讲的是什么？", [14]),
])
def test_a_bare_yi_tiao_before_a_thing_counted_with_tiao(question, numbers):
    assert article_numbers(question) == numbers


SUSPENSION = "第八条　责令停产整改的期限为10日以上60日以下。"
DUTY_ONLY = "第八条　停产整改期间，企业应当每日向区应急部门报告进展。"


@pytest.mark.parametrize("question, texts, expected", [
    # 最长 says which end of the range is asked, not a word a passage must say
    ("工厂被责令停产整改，最长能停多久？", [SUSPENSION], True),
    ("工厂被责令停产整改，最长能停多久？", [DUTY_ONLY], False),
    ("停产整改最短多少天？", [SUSPENSION], True),
])
def test_a_superlative_asks_no_word_of_its_own(question, texts, expected):
    assert addressed(question, texts) is expected


@pytest.mark.parametrize("question, texts, expected", [
    # which year: a year figure answers only where what it is of (淘汰) is said
    ("锅炉用到第几年必须淘汰？", ["第三十条　本办法自2040年1月1日起施行。"], False),
    ("锅炉用到第几年必须淘汰？", ["第九条　锅炉使用至第15年的，应当淘汰。"], True),
    # a which-year clause naming its act, said with the year, as before
    ("这个办法是哪一年开始施行的？", ["第三十条　本办法自2040年1月1日起施行。"], True),
])
def test_which_instance_is_of_its_own_words(question, texts, expected):
    assert addressed(question, texts) is expected


@pytest.mark.parametrize("word, term", [
    ("送到", "送达"), ("交到", "送达"), ("手上", "送达"), ("瞒着不报", "瞒报"), ("藏着不报", "瞒报"), ("更重", "从重"),
])
def test_everyday_words_for_delivery_concealment_and_severity(word, term):
    assert term in terms(word)


@pytest.mark.parametrize("question, texts, expected", [
    # 送到…手上 is said by the text's 送达; a time to appeal after receiving it is no delivery
    ("处罚决定作出后多久送到我手上？", ["第二十条　处罚决定应当自作出之日起7日内送达当事人。"], True),
    ("处罚决定作出后多久送到我手上？", ["第二十条　当事人对处罚决定不服的，可以在7日内申请复核。"], False),
])
def test_a_paper_handed_over_is_its_delivery(question, texts, expected):
    # (处罚决定 is the knowledge base's own word here, as 追究决定 is under an accountability title)
    assert addressed(question, texts, ["处罚决定"]) is expected


def _index(seed: str, theirs: str) -> SimpleNamespace:
    """An index of two regulations: the rule book's own and one a user ingested."""
    chunk = lambda doc, text: SimpleNamespace(text=text, meta={"doc_id": doc, "doc_kind": "regulation"})
    return SimpleNamespace(chunks=[chunk("seed", seed), chunk("theirs", theirs)], laws=set())


BOOK = SimpleNamespace(regulation=SimpleNamespace(document="seed"), complaint=None)
KB = _index("第四条　问责方式：通报批评、诫勉、免职。干部失职的，应当问责。",
            "第六条　索道运营单位应当为乘客配备安全带。第十九条　违反第六条的，处5000元罚款。")


@pytest.mark.parametrize("question, theirs", [
    # 乘客, 安全带: said by the ingested regulation only, so not the seed's table's to answer
    ("乘客坐索道不系安全带，会被罚款吗？", True),
    # a question in the seed's own words stays the seed's, whatever else is ingested
    ("干部失职会被免职吗？", False),
])
def test_a_closed_gate_on_an_ingested_regulations_matter(question, theirs):
    assert of_an_ingested_matter(KB, BOOK, question) is theirs


def test_with_nothing_ingested_no_question_is_another_regulations():
    kb = SimpleNamespace(chunks=KB.chunks[:1], laws=set())
    assert not of_an_ingested_matter(kb, BOOK, "乘客坐索道不系安全带，会被罚款吗？")
