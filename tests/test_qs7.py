"""Whether the passage gives the asked thing, read further (branch `qs7`; bot/core/asked.py,
bot/core/case_figures.py, bot/core/deferred.py, bot/core/leading.py, bot/core/pipeline.py,
knowledge/everyday_words.yaml): a figure's owner past the adverbs that hold it and with its
possessor, a figure in a unit of physical measure, a grade of the thing named before 等级, a case
the regulation hands over whole, a scope verb that only begins a handed-over item's modifier, a
grade asked of a case by its figures, 当官的 for the texts' 公职人员 and 免于 for 不予. Each reading both ways: the
question it helps is answered with the right article, a near question the text does not answer
stays declined; and 免于 read as the texts' 不予 (the dev question on 免于问责, declined since qs6
read 免于 before the scene's 问责 as an act no passage says). Written in other words than the blind questions of 《青漪市游泳场所安全管理责任追究
办法》, over a regulation made up for these tests (tests/data/xichuan-ski-2038.md)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.asked import asked_clauses, case_words
from bot.core.case_figures import case_terms, grades_by
from tests.conftest import ask_json, ingested_env
from tests.made_up import addressed, article_of

DATA = Path(__file__).parent / "data"
SKI = "xichuan-ski-2038"
TEXT = (DATA / f"{SKI}.md").read_text("utf-8")


def article(n: int) -> str:
    return article_of(TEXT, n)


_addressed = addressed


@pytest.mark.parametrize("question, texts, addressed", [
    # the owner of the figure is the noun before the adverb that holds it (罚款最高是多少: 罚款)
    ("罚款最高是多少？", [article(7)], True),
    # a figure of a thing no passage names (工资), held by an adverb: no passage gives it
    ("巡查员的工资最低是多少？", [article(4), article(7)], False),
    # a figure of the possessor's owner said of others (a city's 最低工资) is not the possessor's
    ("巡查员每小时的工资最低是多少？", ["最低工资标准提高至2030元。"], False),
    ("巡查员每小时的工资最低是多少？", ["巡查员的工资最低为每小时30元。"], True),
])
def test_a_figures_owner_and_whose_it_is(question, texts, addressed):
    assert _addressed(question, texts) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, n, addressed", [
    # a figure in a unit of measure the text gives (200平方米)
    ("休息区的面积最少是多少平方米？", 3, True),
    # one in a unit no passage gives (毫克): a count beside its words (2次) is no answer
    ("造雪用水的硬度是多少毫克每升？", 9, False),
    ("造雪用水的硬度是多少毫克每升？", 10, False),
])
def test_a_figure_in_a_unit_of_measure(question, n, addressed):
    assert _addressed(question, [article(n)]) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, addressed", [
    # the thing before 等级 is graded in the passage (难度等级…三级)
    ("雪道的难度等级有几级？", True),
    # another thing's grade (安全) is not given by a passage that grades 难度
    ("雪道的安全等级是几级？", False),
])
def test_a_grade_of_the_thing_before_its_noun(question, addressed):
    assert _addressed(question, [article(3)]) is addressed, asked_clauses(question, [])


def test_a_grade_asked_of_a_case_by_its_figures():
    """死了1个人 read as the texts' 死亡; the grading article lists its cases by that figure."""
    assert case_terms("滑雪场死了1个人") == ("死亡",)
    assert case_terms("重伤了3个人") == ("重伤",)
    assert case_terms("滑雪场出了事故") == ()
    assert grades_by(("死亡",), article(5))
    # naming 死亡 and a grade without a case by its figure grades nothing (the reporting article)
    assert not grades_by(("死亡",), article(6))
    q = "死了1个人的雪场事故属于什么级别？"
    assert _addressed(q, [article(5), "滑雪场设有雪场"], ["事故"])
    # the matter asked (电梯) is in no passage: no answer from a grading article of another matter
    assert not _addressed("死了1个人的电梯事故属于什么级别？", [article(5)], ["事故"])


def test_the_words_of_a_questions_case():
    """The clauses that set the case without asking (where the question is set)."""
    assert "雪山" in case_words("在野外雪山徒步出事了，罚款标准是多少？", [])
    assert case_words("罚款标准是多少？", []) == ()


@pytest.fixture(scope="module")
def ski(tmp_path_factory):
    """The made-up regulation beside the shipped sources, as a user ingests it."""
    return ingested_env(tmp_path_factory.mktemp("ski"), DATA / f"{SKI}.md")


def _cited(a: dict) -> list:
    return [c.get("article") for c in a.get("citations", [])]


@pytest.mark.parametrize("question, first", [
    # 管 in 归不归…管 is the scope of this regulation, not 安全管理 modifying a handed-over 追究
    ("单位自己职工训练用的雪道归不归这个办法管？", 2),
    # a grade asked of a case by its figure, the incident called 事故 where the text says 事件
    ("雪场死了1个人的事故属于什么级别？", 5),
    # 当官的 read as the texts' 公职人员
    ("对当官的追责有哪几种方式？", 8),
    # the figure's owner past its adverb (罚款最高): the article that gives it
    ("没配巡查员的话，罚款最高是多少？", 7),
    # 免于 read as the texts' 不予 (the Shenzhen 第十八条: 不予问责), not an act no passage says
    ("哪些情形能免于问责？", 18),
])
def test_answered(ski, question, first):
    a = ask_json(ski, question)
    assert a["grounded"] and a["check"]["passed"], a
    assert _cited(a)[:1] == [first], a


@pytest.mark.parametrize("question", [
    # a case the regulation names only to hand it to a document it does not hold
    "在野外雪山徒步出事了，罚款标准是多少？",
    # a figure in a unit no passage gives
    "造雪用水的硬度是多少毫克每升？",
    # a grade of a thing no passage grades
    "雪场的卫生等级是几级？",
    # a figure of a thing no passage names with its possessor (the work report's 最低工资 is not it)
    "雪场巡查员每小时的工资最低是多少？",
    # a grade asked of a case in a matter no passage has
    "死了1个人的电梯事故属于什么级别？",
    # 当官的 asked of a thing no passage says of them
    "当官的工资是多少？",
    # 免于 read as 不予 answers what is exempted, not what happens to pay once exempted
    "免于问责以后奖金还照发吗？",
])
def test_declined(ski, question):
    a = ask_json(ski, question)
    assert not a["grounded"] and a["check"]["passed"], a
    assert not a.get("options"), a
