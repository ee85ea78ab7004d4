"""Questions about complaining under a regulation a user ingested about complaints:
《青岚市医疗机构投诉处理办法》 (tests/data/qinglan-medical-2035.md, fictional, written blind with its
30 questions, tests/data/qinglan_questions.yaml). The seed's complaint path (a Shenzhen citizen's
complaint about a department, from the paper) took every question that says 投诉, so all of these
were answered from the paper: 4 of the 20 answerable questions cited their article, and 4 of the
declines failed the checker (their 没有 read as the regulation's 未). Now a question in that
regulation's own words is answered from it, one in the seed's words stays the complaint path's,
and a decline under that regulation passes the check."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bot.core.sources import with_documents
from bot.fronts.cli import main
from rules.checker import check
from rules.checking.plain import legal
from rules.schema import RuleBook
from tests.conftest import DATA, ingested_env, ask_json as ask

QINGLAN = DATA / "qinglan-medical-2035.md"
QINGLAN_ID = "qinglan-medical-complaint-2035"
PAPER_ID = RuleBook().complaint.document


@pytest.fixture(scope="module")
def qinglan(tmp_path_factory):
    """The shipped sources and the hospital complaint regulation, ingested through the command."""
    return ingested_env(tmp_path_factory.mktemp("qinglan"), QINGLAN)


@pytest.mark.parametrize("q, article", [
    ("医院收到投诉后，要在多少个工作日内决定是否受理？", 11),
    ("对医院的处理结果不满意，多久内可以申请复核？", 20),
    ("哪些投诉属于重大投诉？", 3),
    # a known gap of the reading of questions: the nearest article says 医疗机构, the question 医院,
    # and the answer is "no basis" (never the paper's)
    pytest.param("患者投诉医院，医院一般要多长时间处理完", 15, marks=pytest.mark.xfail(strict=True)),
])
def test_a_question_in_the_regulations_words_is_answered_from_it(qinglan, q, article):
    a = ask(qinglan, q)
    assert a["check"]["passed"] and a["source"] != "none", a
    cited = [(c["doc_id"], c["article"]) for c in a["citations"]]
    assert (QINGLAN_ID, article) in cited, cited
    assert PAPER_ID not in {c["doc_id"] for c in a["citations"]}


@pytest.mark.parametrize("q", ["我要投诉区里一个部门，去哪里投诉？", "对政府部门不满意可以向谁反映",
                               "投诉政府部门以后多久会有结果"])
def test_a_question_in_the_seeds_words_stays_the_complaint_paths(qinglan, q):
    a = ask(qinglan, q)
    assert a["check"]["passed"], a
    assert a["citations"] and {c["doc_id"] for c in a["citations"]} == {PAPER_ID}, a["citations"]


def test_the_blind_questions(qinglan):
    """The 30 blind questions: the answerable ones cite their article (17 of 20 measured; the
    three it misses are answered "no basis" or uncited, never from the paper), and every answer,
    the declines too, passes the check without a fallback."""
    out = CliRunner().invoke(main, ["eval", "answers", "--json", str(DATA / "qinglan_questions.yaml")], env=qinglan)
    assert out.exit_code == 0, out.output
    report = json.loads(out.output)
    assert report["answers"]["all"]["n"] == 20 and report["answers"]["all"]["cited"] >= 16, report["misses"]
    assert report["checked"] == report["n"] == 30
    assert report["fallbacks"] == []
    assert not any(PAPER_ID in " ".join(m["cited"]) for m in report["misses"])


SOURCES = with_documents([QINGLAN])
BOOK = RuleBook()


@pytest.mark.parametrize("draft", ["知识库中没有可以回答这个问题的依据，我不作推测。",
                                   "知识库的资料中没有给出“多少年”所问的数字。"])
def test_a_decline_about_the_ingested_regulation_passes(draft):
    assert check("投诉登记表需要保存多少年？医院投诉", draft, BOOK, sources=SOURCES).passed


def test_plain_words_are_read_as_the_regulations_except_of_the_knowledge_base():
    text = QINGLAN.read_text(encoding="utf-8")
    assert legal("医院没有按期处理的。", text) == "医院未按期处理的。"        # the regulation's 未
    assert legal("知识库中没有可以回答这个问题的依据。", text) == "知识库中没有可以回答这个问题的依据。"
    # only the sentence about the index is left: the one about the regulation beside it is read in its words
    assert legal("知识库中没有这一条。\n医院没有按期处理的。", text) == "知识库中没有这一条。\n医院未按期处理的。"
