"""Questions about the documents themselves (when, by whom, complete, still in force, what the
knowledge base holds) are answered from their front matter, pass the checker with no fallback,
and never claim a validity the data does not hold."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from bot.core.about import asks
from bot.core.assistant import Assistant
from bot.fronts.cli import main
from bot.settings import Settings
from knowledge.documents import parse_text
from tests.conftest import DATA, ingested_env, ask_json as ask

REG = "《深圳市党政领导干部问责暂行规定》"
PAPER = "《深圳市实施行政问责制的实践与思考》"
REPORT = "《深圳市2016年政府工作报告》"


@pytest.fixture
def pipeline(snapshot, tmp_path) -> Assistant:
    return Assistant(Settings(data_dir=tmp_path), snapshot)


def passes(a) -> bool:
    return a.check.passed and not a.rejected and a.source == "passages"


@pytest.mark.parametrize("q, says", [
    ("这个规定是什么时候施行的", [REG + "来源标注的日期是2009年12月15日"]),
    ("这个规定现在还有效吗", ["2009年12月15日", "是否有效", "没有核实"]),
    ("问责暂行规定废止了没有", ["2009年12月15日", "没有核实"]),
    ("这个规定是谁发的", [REG + "发文机关：未载明"]),
    ("知识库里的规定完整吗", [REG + "来源缺失：", "第十八条不予问责的情形清单缺失"]),
    ("政府工作报告是谁作的", [REPORT + "发文机关：深圳市人民政府（市长 许勤）"]),
    ("2016年政府工作报告是什么时候发布的", [REPORT + "来源标注的日期是2016年1月31日"]),
    ("政府工作报告完整吗", [REPORT + "来源缺失：", "报告其余部分缺失"]),
    ("实践与思考那篇文章是谁写的，什么时候发表的", [PAPER + "的日期来源未载明", PAPER + "发文机关：未署名"]),
    ("实践与思考这篇文章全文都有吗", [PAPER + "来源缺失：", "其后内容缺失"]),
    ("知识库里有哪些文件", [REG, PAPER, REPORT]),
])
def test_questions_about_the_shipped_documents_are_answered_from_their_front_matter(pipeline, q, says):
    a = pipeline.answer(q)
    assert passes(a), (a.check.problems, a.rejected)
    for s in says:
        assert s in a.text, (s, a.text)
    assert "现行有效" not in a.text and "仍然有效" not in a.text


@pytest.mark.parametrize("q", ["较大事故街道主任会受什么处理", "问责方式有哪些", "第十八条说了什么",
                               "规定什么情况下要问责", "这个问责规定管哪些干部"])
def test_questions_about_the_rules_are_not_taken_for_questions_about_a_document(q):
    assert asks(q) == []


QINGXI = (DATA / "qingxi-water-2031.md").read_text("utf-8")
CHECKED = QINGXI.replace("id: qingxi-water-2031", "id: qingxi-checked").replace(
    "title: 青溪县水务干部问责试行办法", "title: 青溪县河长问责试行办法").replace(
    "# 青溪县水务干部问责试行办法", "# 青溪县河长问责试行办法").replace(
    "date: 2031-03-01", "date: 2031-03-01\nstatus: 已废止\nchecked: 2032-01-15")


def test_status_and_checked_date_are_read_from_front_matter():
    doc = parse_text(CHECKED, name="x.md", default_id="x")
    assert (doc.status, doc.checked) == ("已废止", "2032-01-15")
    plain = parse_text(QINGXI, name="y.md", default_id="y")
    assert (plain.status, plain.checked) == (None, None)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """The shipped sources and two ingested regulations, one an operator has checked."""
    data_dir = tmp_path_factory.mktemp("about")
    folder = tmp_path_factory.mktemp("about-sources")
    (folder / "qingxi-water-2031.md").write_text(QINGXI, "utf-8")
    (folder / "qingxi-checked.md").write_text(CHECKED, "utf-8")
    return ingested_env(data_dir, *sorted(folder.iterdir()))




def test_an_ingested_document_without_status_is_not_said_to_be_in_force(ingested):
    a = ask(ingested, "青溪县水务干部问责试行办法现在还有效吗")
    assert a["check"]["passed"] and a["source"] == "passages", a
    assert "《青溪县水务干部问责试行办法》来源标注的日期是2031年3月1日" in a["answer"]
    assert "没有核实" in a["answer"] and "已废止" not in a["answer"]


def test_an_ingested_document_with_status_gives_the_operators_finding(ingested):
    a = ask(ingested, "青溪县河长问责试行办法还有效吗")
    assert a["check"]["passed"] and a["source"] == "passages", a
    assert "《青溪县河长问责试行办法》状态：已废止，核实日期：2032年1月15日。" in a["answer"]
    assert "没有核实" not in a["answer"]


def test_wenze_ask_says_the_date_and_that_the_status_is_unverified(kb):
    out = CliRunner().invoke(main, ["ask", "这个规定还有效吗"])
    assert out.exit_code == 0, out.output
    assert "2009年12月15日" in out.output and "没有核实" in out.output
