"""The asker's everyday words read as the texts' terms, a light-headed compound read with the text's
verb, and how often (branch `qs5`; knowledge/everyday.py, knowledge/everyday_words.yaml,
bot/core/asked.py, bot/core/pipeline.py): each reading both ways, the question it helps answered with
the right article and a near one the text does not answer still declined. Written in other words
than the blind questions of 《澜溪市城市桥梁隧道安全管理责任追究办法》, 青岚, 岚川 and 澄溪, over a
regulation made up for these tests (tests/data/fenghe-rides-2037.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.asked import asked_clauses, unaddressed
from knowledge.everyday import in_their_words, light_head_variants, table, terms
from tests.conftest import ask_json, ingested_env

DATA = Path(__file__).parent / "data"
RIDES = "fenghe-rides-2037"


def _addressed(question: str, texts: list[str]) -> bool:
    return not unaddressed(asked_clauses(question, []), texts)


def test_the_table_is_general_vocabulary():
    """Every entry maps an everyday word to at least one term and none to itself alone: a row that
    names nothing new would only hide a typo."""
    assert table(), "knowledge/everyday_words.yaml is empty"
    for word, said in table().items():
        assert said and any(t != word for t in said), word
    # a word inside a longer everyday phrase is read by the phrase's entry too (往上报 cut as 上报)
    assert "报告" in terms("往上报") and "报告" in terms("要往上报")


@pytest.mark.parametrize("question, index, read", [
    # an everyday word the index never says, one of whose terms it says: replaced by that term
    ("维修工被辞退后还能回来吗", ["被解除聘用的，不得再聘用"], "维修工被解除聘用后还能回来吗"),
    ("出了故障多久要报上去", ["应当在2小时内报告"], "出了故障多久要报告"),
    # the index says the asker's word itself: its own sense, never replaced
    ("维修工被辞退后还能回来吗", ["辞退的，应当书面通知", "解除聘用"], "维修工被辞退后还能回来吗"),
    # no term of it in the index: nothing to read it as
    ("维修工被辞退后还能回来吗", ["维修工应当持证上岗"], "维修工被辞退后还能回来吗"),
    # a light-headed compound the index never says, read with the verb the text puts after the modifier
    ("哪些情形会被从重处理", ["有下列情形之一的，从重追究责任"], "哪些情形会被从重追究"),
    # not with a noun after the modifier (从重情节), nor when the text has no such compound
    ("哪些情形会被从重处理", ["有从重情节的，依照本办法"], "哪些情形会被从重处理"),
    ("哪些情形会被从宽处理", ["有下列情形之一的，从重追究责任"], "哪些情形会被从宽处理"),
])
def test_a_question_in_the_index_words(question, index, read):
    text = "\n".join(index)
    assert in_their_words(question, lambda w: w in text, lambda: text) == read


def test_a_light_head_needs_a_light_verb():
    """Only a compound ending in a verb too common to tell the act (处理, 处置) is read again: 从重扣分
    names its own act."""
    assert light_head_variants("从重处理", "从重追究责任；从重追究") == ["从重追究"]
    assert light_head_variants("从重扣分", "从重追究责任") == []


@pytest.mark.parametrize("question, texts, addressed", [
    # the asker's word said by the text's term (报上去: 报告), the time beside it
    ("设备坏了多久要报上去？", ["运营单位应当在2小时内报告主管部门。"], True),
    # the term not said: another act's time does not answer (公告 is not 报告)
    ("设备坏了多久要报上去？", ["运营单位应当在2小时内公告游客。"], False),
    # 辞退 said by 解除聘用 (the near question the text does not answer: the end-to-end test below)
    ("维修工被辞退以后还有补偿吗？", ["被解除聘用的，给予一个月工资的补偿。"], True),
])
def test_an_everyday_word_is_said_by_its_term(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, texts, addressed", [
    # 多久…一次 asks how often: a rate (每季度…1次) of what it asks about answers it, a length need not
    ("多久要检查一次滑梯？", ["维保单位每季度检查滑梯不少于1次。"], True),
    ("多长时间要检查一遍滑梯？", ["维保单位每3个月检查滑梯一次。"], True),
    # a rate of something else is no answer; nor is a rate for a question on how long
    ("多久要检查一次滑梯？", ["运营单位每月公示一次票价。"], False),
    ("滑梯检查要花多久？", ["维保单位每季度检查滑梯不少于1次。"], False),
])
def test_how_often_is_answered_by_a_rate(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.fixture(scope="module")
def rides(tmp_path_factory):
    """The shipped sources and the made-up 《丰河市游乐设施安全管理责任追究办法》, ingested as a user does."""
    return ingested_env(tmp_path_factory.mktemp("rides"), DATA / f"{RIDES}.md")


def _cites(answer: dict) -> list[int]:
    return [c["article"] for c in answer["citations"] if c["doc_id"] == RIDES]


@pytest.mark.slow
@pytest.mark.parametrize("question, article", [
    # in the asker's words, each answered with its article (before: declined, or the paper quoted)
    ("游乐设施坏了，运营单位多久要报上去？", 3),
    ("哪些情况会被从重处理？", 5),
    ("安全员被辞退了，几年以后还能再应聘？", 6),
    ("维保单位多久要去看一次游乐设施？", 7),
    # near questions the text does not answer: still declined
    ("游乐设施坏了，多久要通知游客家长？", None),
    ("哪些情况会被从宽处理？", None),
    ("安全员被辞退了，有没有补偿金？", None),
    ("维保单位多久要更换一次安全带？", None),
])
def test_the_askers_words_through_the_index(rides, question, article):
    a = ask_json(rides, question)
    assert a["check"]["passed"], a
    if article is None:
        assert a["source"] == "none" and not _cites(a), a
    else:
        assert a["source"] == "passages" and _cites(a)[:1] == [article], a
