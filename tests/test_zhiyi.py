"""Inserted articles (第十四条之一) in a regulation a user ingests, end to end: the parser gives one
its own chunk (id, label, place in article order), references read it (第十四条之一, 第14条之一,
第十四条之一第二款), the index stores and reads it back, `wenze ingest` reports it, and an answer
cites it. 《霁州市建筑渣土运输管理责任追究办法》 (written blind with one) and a small regulation of
our own with 第三条之一 and 第三条之二 (tests/data/ruoxi-ledger-2039.md) are both read.

Before: the file was refused ("条文编号重复（14）"), and 第十四条之一 was read as a second 第十四条."""
from __future__ import annotations

import pickle

import pytest
from click.testing import CliRunner

from bot.fronts.cli import main
from knowledge.documents import load_document
from knowledge.parsing import parse_document
from knowledge.report import structure
from knowledge.retrieval import citation_refs
from knowledge.store import StoredChunk
from rules.references import (InsertedArticle, article_numbers, find_refs, format_articles, format_ref,
                              lone_article)
from tests.conftest import DATA, ask_json, ingested_env

JIZHOU = DATA / "jizhou-muck-transport-2038.md"
RUOXI = DATA / "ruoxi-ledger-2039.md"


def _chunks(path):
    return {c.id.split(":")[1]: c for c in parse_document(load_document(path))}


# ---------------------------------------------------------------- the number

def test_an_inserted_article_is_never_its_base_article():
    a = InsertedArticle(14, 1)
    assert a != 14 and 14 != a and not (a == 14) and a == InsertedArticle(14, 1)
    assert a != InsertedArticle(14, 2) and a not in {14, 15} and {14: "x"}.get(a) is None
    assert sorted([15, InsertedArticle(14, 2), 14, a, 13]) == [13, 14, a, InsertedArticle(14, 2), 15]
    assert 14 < a < InsertedArticle(14, 2) < 15 and max(14, a) == a
    assert pickle.loads(pickle.dumps(a)) == a and pickle.loads(pickle.dumps(a)).insert == 1


@pytest.mark.parametrize("text, label", [
    ("本办法第十四条之一规定的期限", "第十四条之一"),
    ("第14条之一", "第十四条之一"),
    ("第 14 条之一", "第十四条之一"),
    ("十四条之一", "第十四条之一"),
    ("第十四条之一第二款", "第十四条之一第二款"),
    ("第三条之二第（一）项", "第三条之二第（一）项"),
    ("第十四条", "第十四条"),
    ("依照本办法第五条之规定", "第五条"),          # 之 before anything but a numeral is no insertion
])
def test_references_read_the_inserted_article(text, label):
    refs = find_refs(text)
    assert [r.label for r in refs] == [label]


def test_several_references_keep_each_article():
    assert [r.label for r in find_refs("第十四条、第十四条之一和第十五条")] == ["第十四条", "第十四条之一", "第十五条"]
    assert article_numbers("第十四条之一和第十四条说什么") == [InsertedArticle(14, 1), 14]
    assert format_articles([InsertedArticle(3, 1), 3]) == "第三条、第三条之一"
    assert format_articles([3, 5]) == "第三、五条"                     # the old form, unchanged
    assert lone_article("14条之一") == InsertedArticle(14, 1) and lone_article("十四") == 14
    assert format_ref(InsertedArticle(3, 2), 2) == "第三条之二第二款"


# ---------------------------------------------------------------- parsing

def test_the_inserted_article_has_its_own_chunk_label_and_place():
    chunks = _chunks(JIZHOU)
    ins = chunks["art14_1"]
    assert ins.label == "《霁州市建筑渣土运输管理责任追究办法》第十四条之一"
    assert ins.text.startswith("第十四条之一") and "10个工作日" in ins.text
    assert chunks["art14"].label.endswith("第十四条") and "1小时内报告" in chunks["art14"].text
    assert "10个工作日" not in chunks["art14"].text
    order = [c.article for c in parse_document(load_document(JIZHOU))]
    assert order.index(14) + 1 == order.index(InsertedArticle(14, 1)) == order.index(15) - 1
    assert order == sorted(order) and len(set(order)) == len(order) == 34
    # 第十五条's item names 第十四条之一, not 第十四条
    assert InsertedArticle(14, 1) in chunks["art15"].refs_internal and 14 not in chunks["art15"].refs_internal


def test_an_old_regulations_ids_and_labels_are_unchanged():
    chunks = parse_document(load_document(DATA / "chengchuan-food-2034.md"))
    assert all(type(c.article) is int and c.id.endswith(f":art{c.article}") for c in chunks)
    assert chunks[13].label.endswith("第十四条")


def test_our_own_regulation_with_two_inserted_articles():
    chunks = _chunks(RUOXI)
    assert list(chunks) == ["art1", "art2", "art3", "art3_1", "art3_2", "art4", "art5"]
    assert chunks["art3_2"].label == "《若溪市行政执法台账管理办法》第三条之二"
    assert chunks["art4"].refs_internal == [3, InsertedArticle(3, 1), InsertedArticle(3, 2)]
    doc = load_document(RUOXI)
    rep = structure(doc, parse_document(doc))
    assert not rep.duplicates and not rep.gaps and not rep.disorder
    assert "  条文 7 条：1–3、3之一、3之二、4–5" in rep.lines()


def test_the_metadata_round_trip_keeps_the_inserted_article():
    c = _chunks(RUOXI)["art3_1"]
    meta = c.metadata("h")
    assert meta["article"] == 3 and type(meta["article"]) is int and meta["article_insert"] == 1
    assert StoredChunk(c.id, c.text, meta).meta["article"] == InsertedArticle(3, 1)
    four = _chunks(RUOXI)["art4"].metadata("h")
    assert "article_insert" not in four and StoredChunk("x", "", four).meta["article"] == 4
    assert citation_refs(four)[0] == [3, InsertedArticle(3, 1), InsertedArticle(3, 2)]


# ---------------------------------------------------------------- through the command

@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """The shipped sources, then both regulations through `wenze ingest`: the env and each output."""
    env = ingested_env(tmp_path_factory.mktemp("zhiyi"))
    outputs = {}
    for path in (JIZHOU, RUOXI):
        out = CliRunner().invoke(main, ["ingest", str(path)], env=env)
        assert out.exit_code == 0, out.output
        outputs[path] = out.output
    return env, outputs


def test_ingest_reports_the_inserted_articles(ingested):
    _, outputs = ingested
    for path, line in [(JIZHOU, "条文 34 条：1–14、14之一、15–33"), (RUOXI, "条文 7 条：1–3、3之一、3之二、4–5")]:
        assert line in outputs[path] and "重复" not in outputs[path], outputs[path]


@pytest.mark.parametrize("question, label, text", [
    ("霁州渣土办法第十四条之一规定了什么？", "第十四条之一", "10个工作日内完成"),
    ("霁州渣土办法第14条之一是什么内容", "第十四条之一", "可以延长15日"),
    ("霁州渣土办法第十四条规定了什么？", "第十四条", "1小时内报告"),
    ("若溪执法台账办法第三条之二规定了什么", "第三条之二", "法制机构审核"),
])
def test_a_question_naming_an_article_gets_that_one(ingested, question, label, text):
    a = ask_json(ingested[0], question)
    first = a["citations"][0]
    assert first["label"].endswith(label) and text in first["text"], a["citations"]
    assert ("article_insert" in first) == ("之" in label), first
    assert a["check"]["passed"], a


def test_a_question_answered_by_the_inserted_article_cites_it(ingested):
    a = ask_json(ingested[0], "霁州重大渣土运输事件的调查多少天内要完成？")
    assert a["check"]["passed"], a
    cited = [(c["article"], c.get("article_insert")) for c in a["citations"]]
    assert (14, 1) in cited, a["citations"]
