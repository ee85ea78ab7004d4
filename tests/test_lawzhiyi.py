"""Inserted articles of national laws (第四百零八条之一): the packaged corpus numbers them by their base
article alone (`article_no_arabic` 408), and the law adapter kept one row per number, so all 53 of
刑法's inserted articles were dropped as repeats of their base. Each is now its own chunk (id
`art408_1`, label 《…》第四百零八条之一, in article order, referred to by other articles), true repeats
are still dropped, and every other law's chunks are what they were.

The answers and the checker run on an index of the shipped sources and 刑法's chapter on 渎职罪
(25 articles, one of them inserted): the whole law is 505 articles, minutes of embedding, and was
measured by hand (README, `lawzhiyi`)."""
from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest
from click.testing import CliRunner

from bot.fronts.cli import main
from knowledge.config import KnowledgeSettings
from knowledge.ingest import ingest, prepared
from knowledge.laws import corpus_path, law_document, list_laws, select
from knowledge.store import open_store
from rules.references import InsertedArticle
from tests.conftest import ask_json, ingested_env

CRIMINAL = "中华人民共和国刑法"
FOOD = InsertedArticle(408, 1)
FOOD_LABEL = f"《{CRIMINAL}》第四百零八条之一"


@pytest.fixture(scope="module")
def criminal():
    return law_document(select([CRIMINAL])[0])[1]


# ---------------------------------------------------------------- the adapter

def test_the_inserted_article_is_its_own_chunk_with_its_text(criminal):
    by_id = {c.id.split(":")[1]: c for c in criminal}
    food = by_id["art408_1"]
    assert food.label == FOOD_LABEL and food.article == FOOD and food.article != 408
    assert food.text.startswith("第四百零八条之一 负有食品药品安全监督管理职责的国家机关工作人员")
    assert food.items == [1, 2, 3, 4, 5] and "瞒报、谎报食品安全事故" in food.text
    meta = food.metadata("h")
    assert (meta["article"], meta["article_insert"]) == (408, 1)
    # the base article keeps its id, label and text
    base = by_id["art408"]
    assert base.label == f"《{CRIMINAL}》第四百零八条" and "环境保护监督管理" in base.text
    assert "食品药品" not in base.text


def test_every_inserted_row_of_the_corpus_is_kept_in_article_order(criminal):
    with closing(sqlite3.connect(f"file:{corpus_path()}?mode=ro", uri=True)) as db:
        rows = db.execute("SELECT COUNT(*) FROM articles WHERE law_id = ? AND article_no LIKE '%条之%'",
                          (select([CRIMINAL])[0].law_id,)).fetchone()[0]
    inserted = [c for c in criminal if isinstance(c.article, InsertedArticle)]
    assert len(inserted) == rows >= 50
    assert len(criminal) == select([CRIMINAL])[0].articles and len({c.id for c in criminal}) == len(criminal)
    order = [c.article for c in criminal]
    assert order == sorted(order) and [c.ordinal for c in criminal] == list(range(len(criminal)))
    six = [c.label for c in criminal if int(c.article) == 120]
    assert six == [f"《{CRIMINAL}》第一百二十条"] + [f"《{CRIMINAL}》第一百二十条之{n}" for n in "一二三四五六"]


def test_a_reference_to_an_inserted_article_is_that_article(criminal):
    # 第二百二十条 punishes a unit committing the crimes of 第二百一十三条至第二百一十九条之一
    unit = next(c for c in criminal if c.article == 220)
    assert InsertedArticle(219, 1) in unit.refs_internal
    assert all(c.article not in c.refs_internal for c in criminal)


def test_true_repeats_are_still_dropped_and_other_laws_keep_their_ids():
    """Outside 刑法 no law has an inserted article; a repealed decision that quotes treaties repeats
    its 第七条 and 第八条 (different texts under one number): the first is kept, as before."""
    for law in list_laws():
        _, chunks = law_document(law)
        assert len({c.id for c in chunks}) == len(chunks), law.name
        if law.name != CRIMINAL:
            assert all(c.article is None or (type(c.article) is int and c.id.endswith(f":art{c.article}"))
                       for c in chunks), law.name
    decision = next(law for law in list_laws() if "所规定的罪行行使刑事管辖权的决定" in law.name)
    _, chunks = law_document(decision)
    assert len(chunks) < decision.articles and [c.article for c in chunks] == sorted({c.article for c in chunks})


# ---------------------------------------------------------------- answers and the checker

@pytest.fixture(scope="module")
def env(tmp_path_factory, criminal, shared_vectors):
    """The shipped sources and 刑法's chapter holding 第四百零八条之一, in a temporary data folder."""
    data = tmp_path_factory.mktemp("lawzhiyi")
    env = ingested_env(data)
    doc, _ = law_document(select([CRIMINAL])[0])
    chapter = next(c for c in criminal if c.article == FOOD).heading
    part = [c for c in criminal if c.heading == chapter]
    assert FOOD in [c.article for c in part] and 408 in [c.article for c in part]
    ingest(open_store(KnowledgeSettings(data_dir=data, embedding_cache=shared_vectors)), more=[prepared(doc, part)])
    return env


def _cited(answer: dict) -> list[tuple[int, int | None]]:
    return [(c.get("article"), c.get("article_insert")) for c in answer["citations"]]


@pytest.mark.parametrize("question", ["刑法第四百零八条之一规定了什么", "刑法第408条之一是什么内容"])
def test_a_question_naming_the_inserted_article_cites_it(env, question):
    a = ask_json(env, question)
    assert a["check"]["passed"], a
    first = a["citations"][0]
    assert first["label"] == FOOD_LABEL and "食品药品安全监督管理" in first["text"], a["citations"]
    assert "食品药品安全监督管理" in a["answer"]


def test_a_question_naming_the_base_article_gets_the_base_article(env):
    a = ask_json(env, "刑法第四百零八条规定了什么")
    assert a["check"]["passed"] and _cited(a)[0] == (408, None), a["citations"]
    assert "环境保护" in a["citations"][0]["text"]


def test_a_question_on_its_subject_cites_the_inserted_article(env):
    a = ask_json(env, "负责食品药品监管的国家机关工作人员瞒报食品安全事故，要承担什么刑事责任？")
    assert a["check"]["passed"], a
    assert (408, 1) in _cited(a), a["citations"]


def _check(env: dict, draft: str) -> dict:
    out = CliRunner().invoke(main, ["check", "--json", "-q", "食品监管渎职要判多久", "-d", draft], env=env)
    assert out.exit_code in (0, 1), out.output
    return json.loads(out.output)


CLAUSE = "食品药品监管部门的国家机关工作人员玩忽职守，对发现的严重食品药品安全违法行为未按规定查处，造成严重后果的，"


def test_a_draft_citing_the_inserted_article_passes_and_one_citing_its_base_fails(env):
    right = _check(env, f"依照《刑法》第四百零八条之一，{CLAUSE}处五年以下有期徒刑或者拘役。")
    assert right["passed"], right["problems"]
    base = _check(env, f"依照《刑法》第四百零八条，{CLAUSE}处五年以下有期徒刑或者拘役。")
    assert not base["passed"]
    assert any("第四百零八条之一" in p for p in base["problems"]), base["problems"]


@pytest.mark.parametrize("draft", [
    f"依照《刑法》第四百零八条之一，{CLAUSE}处三年以下有期徒刑或者拘役。",          # the wrong term
    f"依照《刑法》第四百零八条之二，{CLAUSE}处五年以下有期徒刑或者拘役。",          # no such article
])
def test_a_wrong_draft_citing_an_inserted_article_fails(env, draft):
    assert not _check(env, draft)["passed"]
