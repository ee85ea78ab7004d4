"""Readings of the twenty-first stop's question misses, each both ways (branch `qs11`;
bot/core/regulations.py `the_only_cover`, bot/core/exemption.py): the one ingested regulation
whose words cover the whole question leads it when the seed's documents rank first by shared
words, and whether one is still held to account on a ground that could spare it is answered by the
exemption article. Written in other words than the blind questions, over a regulation made up for
these tests (tests/data/lanhu-cableway-2038.md)."""
from __future__ import annotations

import pytest

from bot.core.exemption import asks_exemption, exempts, nearest_exemption
from bot.core.pipeline import _exemption_first
from bot.core.regulations import the_only_cover
from knowledge.everyday import in_their_words
from knowledge.retrieval import Corpus, SearchResult
from rules.schema import RuleBook
from tests.conftest import DATA, ingested_env, ask_json

CABLEWAY = "lanhu-cableway-2038"


@pytest.mark.parametrize("question, asks", [
    # a duty done, or a force no one controls, and whether accountability still follows
    ("雷暴把吊厢刮坏了，运营单位该做的都做了，还会被追责吗？", True),
    ("已经尽到巡检职责，出了事要不要担责？", True),
    ("因为不可抗力出了事故，会被处理吗？", True),
    ("巡检和停运都按规定履行了，还要被问责吗？", True),
    # a circumstance conceded: accountability "still" following it
    ("乘客不听劝阻自己跳下吊厢，运营单位还要担责吗？", True),
    # no ground that could spare it: what follows is asked, not an exemption
    ("运营单位没有巡检就出了事故，会被追责吗？", False),
    # 还 adding to what was said, not conceding it
    ("除了罚款以外，还要追责吗？", False),
    # a duty done, but nothing asked about accountability
    ("运营单位该做的都做了吗？", False),
])
def test_an_exemption_is_asked_on_a_ground_that_could_spare(question, asks):
    assert asks_exemption(question) is asks


@pytest.mark.parametrize("text, exempting", [
    ("有下列情形之一的，免予追究责任：", True),
    ("党政领导干部有下列情形之一的，不予问责：", True),
    ("因不可抗力造成损失的，不承担赔偿责任。", True),
    # refusing to open a case, or mitigating, is no exemption
    ("决定不予立案的，应当书面告知举报人。", False),
    ("有下列情形之一的，可以从轻或者减轻追究责任：", False),
])
def test_an_exempting_passage(text, exempting):
    assert exempts(text) is exempting


def test_the_exemption_nearest_the_question():
    texts = ["第七条　主动报告的，可以从轻追究责任。",
             "第八条　因洪水造成事故，已经履行职责的，免予追究责任。",
             "第九条　因台风造成事故，已经履行职责的，不予问责。"]
    assert nearest_exemption("台风过后该做的都做了，还要追责吗？", texts) == 2
    assert nearest_exemption("洪水过后该做的都做了，还要追责吗？", texts) == 1
    assert nearest_exemption("该做的都做了，还要追责吗？", texts[:1]) is None


@pytest.fixture(scope="module")
def cableway(tmp_path_factory):
    """The shipped sources and the made-up ten-article regulation, ingested as a user does."""
    return ingested_env(tmp_path_factory.mktemp("cableway"), DATA / f"{CABLEWAY}.md")


def _cites(answer: dict) -> list[int]:
    return [c["article"] for c in answer["citations"] if c["doc_id"] == CABLEWAY]


@pytest.mark.slow
@pytest.mark.parametrize("question, first", [
    # the exemption article answers a duty done, whatever the scene's words rank first
    ("遇上山体滑坡，索道公司之前该做的都做到了，还会被追责吗？", 8),
])
def test_an_exemption_asked_through_the_index(cableway, question, first):
    a = ask_json(cableway, question)
    assert a["check"]["passed"] and a["source"] == "passages", a
    assert _cites(a)[:1] == [first], a["citations"]


class _Searched(Corpus):
    """The shipped sources and the made-up regulation, parsed; a search within one document gives
    its articles in order (what `the_only_cover` asks of the index)."""

    def search(self, query, k=5, within=None):
        found = [self.passage(i, 1.0) for i, c in enumerate(self.chunks) if within and c.meta["doc_id"] in within]
        return SearchResult(found[:k], "hybrid", {})


@pytest.fixture(scope="module")
def parsed():
    from knowledge.documents import shipped_source_paths

    return _Searched(Corpus.parsed([*shipped_source_paths(), DATA / f"{CABLEWAY}.md"])), RuleBook()


def _led_by_the_seed(kb) -> SearchResult:
    return SearchResult([kb.article(4, "sz-accountability-2009")], "hybrid", {})


@pytest.mark.parametrize("question, theirs", [
    # 有责任的 is said by the cableway regulation (负有责任的), never by the seed, which has the rest
    ("有责任的干部可以怎么处理？", True),
    # every word of it the seed's too: the ranking's order stands
    ("出了事故的干部可以怎么处理？", False),
    # a word the made-up regulation never says (街道): it does not cover the question
    ("街道里有责任的干部可以怎么处理？", False),
    # what a term it only uses counts as: words covered are no definition
    ("什么样的人员算负有责任的人员？", False),
])
def test_the_only_document_covering_the_question_leads(parsed, question, theirs):
    kb, book = parsed
    result = the_only_cover(kb, book, question, _led_by_the_seed(kb))
    assert (result.passages[0].doc_id == CABLEWAY) is theirs, result.passages[0].label


def test_a_named_document_or_a_lead_of_its_own_stays(parsed):
    kb, book = parsed
    led = SearchResult([kb.article(6, CABLEWAY)], "hybrid", {})
    assert the_only_cover(kb, book, "有责任的干部可以怎么处理？", led) is led
    seed = _led_by_the_seed(kb)
    assert the_only_cover(kb, book, "《深圳市党政领导干部问责暂行规定》里有责任的干部可以怎么处理？", seed) is seed


@pytest.mark.parametrize("question, said, read", [
    # a count in speech's measure word, read with the texts' 次
    ("一年里塌了两回，谁负责？", "同一年度内发生2次以上的", "一年里塌了两次，谁负责？"),
    ("去了3趟都没人管", "", "去了3次都没人管"),
    # not a count: 两回事 is "two different matters"
    ("罚款和追责是两回事吗？", "", "罚款和追责是两回事吗？"),
    # a text that says the measure word itself keeps it
    ("一天巡查两回够不够？", "每日巡查两回", "一天巡查两回够不够？"),
])
def test_a_count_in_a_measure_word_of_speech(question, said, read):
    assert in_their_words(question, lambda t: t in said, lambda: said, table_words=False) == read



@pytest.mark.parametrize("question, first", [
    ("雷暴天气里，运营单位该做的都做了，还要追责吗？", 8),
    # no ground that could spare it: the ranking's order stands
    ("运营单位没有巡检，会被追责吗？", 5),
])
def test_the_exemption_article_leads_only_when_asked(parsed, question, first):
    kb, _ = parsed
    result = SearchResult([kb.article(5, CABLEWAY), kb.article(3, CABLEWAY)], "hybrid", {})
    assert _exemption_first(kb, question, result).passages[0].article == first
