"""Whether the passage gives the asked thing (branch `qs6`; bot/core/asked.py, bot/core/pipeline.py,
bot/core/drafting.py): a figure of a thing no passage names, a grade asked, the act a 把 puts last,
提前 as no act, the act whose standard is asked, the asker's verb on a scene word, 罚多少 as money, an
ingested regulation's question that names nothing of the Shenzhen table, and the decline's example
article. Each reading both ways: the question it helps is answered (with the right article, through
the index), a near question the text does not answer stays declined. Written in other words than
the blind questions of 《青岚市大型群众性活动安全责任追究办法》, over a regulation made up for these
tests with eleven articles (tests/data/yunhe-markets-2038.md)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.asked import asked_clauses
from bot.core.drafting import EXAMPLES, examples
from tests.conftest import ask_json, ingested_env
from tests.made_up import addressed, article_of

DATA = Path(__file__).parent / "data"
MARKETS = "yunhe-markets-2038"
TEXT = (DATA / f"{MARKETS}.md").read_text("utf-8")


def article(n: int) -> str:
    return article_of(TEXT, n)


_addressed = addressed


@pytest.mark.parametrize("question, n, addressed", [
    # a figure asked of a thing the passage names (罚款) is given there
    ("没有备案会被罚款吗？罚款数额是多少？", 7, True),
    # a figure of a thing no passage names (保额): the other clause's shared words do not answer it
    ("主办单位必须买保险吗？保额是多少？", 7, False),
    ("主办单位需要备案吗？保额多少？", 3, False),
])
def test_a_figure_of_a_thing_no_passage_names(question, n, addressed):
    assert _addressed(question, [article(n)]) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, n, addressed", [
    # a grade named beside the thing graded (二级以上资质)
    ("棚架检测机构要有几级资质？", 6, True),
    ("检测机构需要具备什么等级的资质？", 6, True),
    # a grade asked of a thing the passage does not grade (证书), or a passage with no grade at all
    ("安全巡查员需要什么等级的证书？", 6, False),
    ("检测机构需要具备什么等级的资质？", 4, False),
])
def test_a_grade_asked(question, n, addressed):
    assert _addressed(question, [article(n)]) is addressed, asked_clauses(question, [])


def test_a_grade_needs_a_grade_of_that_thing():
    """具有相应资质 names the thing and no grade of it: no answer to what grade it must be."""
    q = "检测机构需要具备什么等级的资质？"
    assert not _addressed(q, ["主办单位应当委托具有相应资质的检测机构进行检测。"])
    assert _addressed(q, ["主办单位应当委托具有二级以上资质的检测机构进行检测。"])


@pytest.mark.parametrize("question, n, addressed", [
    # the act a 把 puts after its object (清扫) is said with the time
    ("集市散了以后，多长时间内要把场地清扫干净？", 5, True),
    # another act of the same place (拆除) is not, though 场地 and 6小时 are there
    ("集市散了以后，多长时间内要把场地拆除完毕？", 5, False),
])
def test_the_act_a_ba_puts_last(question, n, addressed):
    assert _addressed(question, [article(n)]) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, n, addressed", [
    # 提前 places the act after it before a day: the texts say "10日前", never 提前
    ("开集市要提前几天去备案？", 3, True),
    # an act the text does not give a time for (通知摊主) is still missing
    ("开集市要提前几天通知摊主？", 3, False),
])
def test_beforehand_is_no_act(question, n, addressed):
    assert _addressed(question, [article(n)]) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, n, addressed", [
    # a rare verb the cut tags an adjective (值勤) is the act a time bounds: 巡查's 4小时 is not its
    ("安全巡查员每班最多连续巡查几个小时？", 4, True),
    ("安全巡查员每班最多连续值勤几个小时？", 4, False),
])
def test_the_act_before_a_time(question, n, addressed):
    assert _addressed(question, [article(n)]) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, n, addressed", [
    # the standard asked is the act's: 罚款 is said, 赔偿 is not
    ("主办单位按什么标准罚款？", 7, True),
    ("顾客受了伤，主办单位按什么标准赔偿？", 7, False),
])
def test_the_act_whose_standard_is_asked(question, n, addressed):
    assert _addressed(question, [article(n)]) is addressed, asked_clauses(question, [])


@pytest.mark.parametrize("question, addressed", [
    # the asker's verb on the scene's word (暂停 + 集市) is what is asked: said, answered
    ("刮大风的时候主办单位必须暂停集市吗？", True),
    # a verb no passage has (取消) heads the predicate though its object is the scene's
    ("下暴雨的时候主办单位必须取消集市吗？", False),
])
def test_the_askers_verb_on_a_scene_word(question, addressed):
    assert _addressed(question, [article(10)], ["集市"]) is addressed, asked_clauses(question, ["集市"])


def test_a_fine_asked_is_money():
    """罚多少 asks a sum: 百分之… or a count of people is no fine."""
    (c,) = asked_clauses("会被罚多少？", [])
    assert c.unit == "元"
    assert not _addressed("会被罚多少？", ["安全巡查员中持证人员不得少于百分之八十。"])
    assert _addressed("会被罚多少？", [article(7)])


@pytest.fixture(scope="module")
def markets(tmp_path_factory):
    """The shipped sources and the made-up eleven-article regulation, ingested as a user does."""
    return ingested_env(tmp_path_factory.mktemp("markets"), DATA / f"{MARKETS}.md")


def _cites(answer: dict) -> list[int]:
    return [c["article"] for c in answer["citations"] if c["doc_id"] == MARKETS]


@pytest.mark.slow
@pytest.mark.parametrize("question, article_no", [
    # answered with its article
    ("集市散了，主办单位多长时间内要把场地清扫干净？", 5),
    ("没有配巡查员的主办单位会被罚多少？", 7),
    ("对干部的诫勉由谁来作出决定？", 8),
    # near ones the text does not answer: declined
    ("集市散了，主办单位多长时间内要把摊位拆除完毕？", None),
    ("主办单位必须给顾客买保险吗？保额是多少？", None),
    ("安全巡查员需要什么等级的证书？", None),
])
def test_through_the_index(markets, question, article_no):
    a = ask_json(markets, question)
    assert a["check"]["passed"], a
    if article_no is None:
        assert a["source"] == "none" and not _cites(a), a
    else:
        assert a["source"] == "passages" and _cites(a)[:1] == [article_no], a


@pytest.mark.slow
def test_a_table_question_stays_the_tables(markets):
    """A question that names a Shenzhen role and an accident grade is still the table's, asked back
    or decided, with the small regulation ingested."""
    a = ask_json(markets, "较大事故，街道办事处主任会受什么处理？")
    assert a["check"]["passed"] and a["source"] == "rules", a


@pytest.mark.slow
def test_the_decline_passes_with_a_small_regulation(markets):
    """An eleven-article regulation ingested: the decline, with its examples, passes the check."""
    a = ask_json(markets, "明天去哪里吃火锅比较好？")
    assert a["source"] == "none" and a["check"]["passed"] and "可以这样问" in a["answer"], a


class _Index:
    """An index holding one regulation of `last` articles, as `examples` reads it."""

    def __init__(self, last: int):
        self.last = last

    def articles(self, doc_id: str | None = None) -> list[int]:
        return list(range(1, self.last + 1)) if doc_id == "small" else []


class _Book:
    class regulation:
        document = "small"


@pytest.mark.parametrize("last, shown", [(40, "第十四条"), (14, "第十四条"), (11, "第十一条"), (0, None)])
def test_the_example_article_exists(last, shown):
    """The decline's example looks up an article the rule book's regulation has (the checker reads a
    bare 第N条 as that regulation's): 第十四条 when there is one, else its last, else none."""
    said = examples(_Index(last), _Book())
    looked_up = [e for e in said if re.fullmatch(r"第.+条", e)]
    assert looked_up == ([shown] if shown else []), said
    assert len(said) == (len(EXAMPLES) if shown else len(EXAMPLES) - 1)
