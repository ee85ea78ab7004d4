"""qs13: questions answered wrongly, asked back, or not answered.

- the asker's everyday words are never replaced inside a word the index has (担责 in 担责任: 责任 is
  the texts' word; 担责任 is read whole as 追究责任, never 追究责任任) (knowledge/everyday.py);
- 销号 as the texts' 核销 (knowledge/everyday_words.yaml);
- the act a 谁 asks the doer of (验收是谁来组织的: 组织) must be said, and a yes/no clause's own
  有 asks the thing after it (举报…有奖励吗: 奖励), as 有没有 is read; a bare 多少 after a modal's
  one-character act (能奖多少) is that act's figure (bot/core/asked.py);
- the kinds of a measure asked (哪几种处理) read as its ways (处理方式) and led by the list its 方式
  head opens (bot/core/leading.py); when retrieval ranks an ingested regulation first, its own
  passages answer rather than the question being asked back (bot/core/regulations.py).
"""
from __future__ import annotations

import pytest

from bot.core.asked import asked_clauses, unaddressed
from knowledge.everyday import in_their_words, ways_asked
from tests.conftest import DATA, ask_json as ask
from tests.test_ingested_questions import _alone

INDEX = "承担的追究责任，责任人员，核销的决定，处理方式，罚款"


def _theirs(question: str, index: str = INDEX) -> str:
    return in_their_words(question, lambda s: s in index, lambda: index)


@pytest.mark.parametrize("q, read", [
    ("值班的人没到岗，主任也要担责任吗", "值班的人没到岗，主任也要追究责任吗"),
    ("出了这种事谁来担责", "出了这种事谁来追究责任"),
    ("巡查点修好了以后怎么销号", "巡查点修好了以后怎么核销"),
])
def test_an_everyday_word_is_read_whole_and_never_inside_a_texts_word(q, read):
    assert _theirs(q) == read


def test_a_key_inside_a_word_the_term_does_not_hold_is_left_as_asked():
    """担责 inside 担责任 where the term (承担) does not end with the texts' 责任: left alone, never
    承担任 or 承担责任任."""
    index = "承担 责任"
    out = in_their_words("他要担责任吗", lambda s: s in index, lambda: index)
    assert "责任任" not in out and "承担任" not in out


@pytest.mark.parametrize("q, ways", [("干部被问责，一般会有哪几种处理？", True), ("有哪些处罚方式", True),
                                     ("这种事会怎么处理", False), ("谁来处理", False)])
def test_the_kinds_of_a_measure_are_its_ways(q, ways):
    assert ways_asked(q) is ways
    if ways and "方式" not in q:
        assert "处理方式" in _theirs(q)


ACCEPTANCE = "配套的治理工程应当与主体工程同时验收。建设单位应当自验收合格之日起二十日内将验收结果报备案。"


@pytest.mark.parametrize("q, missing", [
    ("排水工程验收是谁来组织的？", True),            # the act whose doer is asked is nowhere
    ("工程验收结果报谁备案？", False),
    ("工程验收是谁来处理的？", False),                # a verb of handling anything asks no act
])
def test_the_act_a_who_asks_the_doer_of_is_said(q, missing):
    assert bool(unaddressed(asked_clauses(q, []), [ACCEPTANCE])) is missing


def test_a_yes_no_there_is_asks_the_thing_after_it():
    text = "发现隐患的，应当立即报告。对举报属实的，给予举报人500元奖励。"
    assert asked_clauses("举报隐患有奖励吗", [])[0].words == ("奖励",)
    assert not unaddressed(asked_clauses("举报隐患有奖励吗？能奖多少？", []), [text])
    # the same question where the text speaks of 举报 and 隐患 but of no reward
    assert unaddressed(asked_clauses("举报隐患有奖励吗？能奖多少？", []), ["发现隐患的，应当立即报告2次。"])


@pytest.fixture(scope="module")
def yanchuan(tmp_path_factory):
    return _alone(tmp_path_factory, "yanchuan-geohazard-2038.md")


def test_the_ways_of_being_held_to_account_are_the_ingested_regulations_list(yanchuan):
    """Retrieval ranks the regulation's 追究方式 article first: answered from it, not asked back."""
    a = ask(yanchuan, "干部被追责，一般都有哪几种处理？")
    assert a["check"]["passed"] and a["source"] == "passages", a
    assert a["citations"][0]["doc_id"].startswith("yanchuan") and "诫勉" in a["answer"].splitlines()[0], a["answer"]


@pytest.mark.parametrize("q", ["治理工程验收是谁来组织的，要准备哪些材料？", "举报地质灾害隐患有奖励吗？能奖多少？"])
def test_near_misses_are_declined(yanchuan, q):
    a = ask(yanchuan, q)
    assert a["grounded"] is False and a["check"]["passed"], a["answer"]


def test_closing_out_a_hazard_is_answered_with_its_article(yanchuan):
    a = ask(yanchuan, "隐患点治好了，怎么才能销号？")
    assert a["check"]["passed"] and a["source"] == "passages", a
    assert "核销" in a["answer"].splitlines()[0], a["answer"]


@pytest.fixture(scope="module")
def yuanlan(tmp_path_factory):
    return _alone(tmp_path_factory, "yuanlan-ferry-2037.md")


def test_the_list_that_answers_is_quoted_first(yuanlan):
    a = ask(yuanlan, "对有责任的干部，能给哪些处理？")
    first = a["answer"].splitlines()[0]
    assert a["check"]["passed"] and "第二十一条" in first and "通报批评" in first, a["answer"]
