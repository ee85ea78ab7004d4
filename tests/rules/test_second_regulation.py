"""A second, invented regulation (《青溪县水务干部问责试行办法》, tests/data/) decided, composed and
drawn by the same code as the shipped one: its title, roles, measures, severities, article count,
measure sets, procedures and wording live in its rule folder only. If one of these tests needs a
code change to pass for a new regulation, a regulation fact has crept back into the code."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from knowledge.documents import load_document
from knowledge.parsing import parse_document
from rules.compose import compose
from rules.engine import decide
from rules.facts import Facts, extract
from rules.schema import RuleBook
from tests.conftest import DATA
from tests.rules.spans import part_of, squash

FOLDER = DATA / "fictional_rules"
SOURCE = DATA / "qingxi-water-2031.md"
TITLE = "青溪县水务干部问责试行办法"
BOOK = RuleBook(FOLDER)
ARTICLES = {c.article: c.text for c in parse_document(load_document(SOURCE))}


def _answer(question: str) -> str:
    return compose(decide(extract(question, BOOK), BOOK), book=BOOK)


@pytest.mark.parametrize("rid, src", BOOK.regulation.sources(), ids=[r for r, _ in BOOK.regulation.sources()])
def test_span_is_verbatim_in_its_article_paragraph_and_item(rid, src):
    assert src.doc == load_document(SOURCE).id and str(src.in_force) == "2031-03-01"
    assert squash(src.span) in squash(part_of(ARTICLES[src.article], src)), f"{rid}: span not in {src.label}"


def test_the_book_is_its_own():
    reg = BOOK.regulation
    assert reg.title == TITLE and BOOK.complaint is None
    assert BOOK.coverage() == {"operative": [2, 3, 4, 5, 6, 7, 8, 9, 10], "non_operative": [1, 11, 12], "missing": []}
    assert sorted(ARTICLES) == list(range(1, reg.article_count + 1))
    assert reg.missing_articles() == [12] and reg.table_articles() == [8, 9] and reg.measure_sets_label() == "第六条"


def test_an_accident_decision_names_the_articles_of_its_rows():
    assert _answer("一级事故镇长怎么处理") == (
        f"根据《{TITLE}》第八条，发生一级河道污染事故后的初步问责决定：对镇长免职。\n"
        "县委、县政府应在12小时内召开现场会（第八条）。\n"
        "给予免职的程序按照《青溪县干部任免程序规定》执行（第七条）。\n"
        "初步问责后，根据事故核查结果，可依照本办法第六条进一步问责（第十条）。")
    outcome = decide(extract("一级事故镇长怎么处理", BOOK), BOOK)
    labels = [c.label for c in outcome.decision.citations]
    assert labels == [f"《{TITLE}》{a}" for a in ("第八条（一）", "第八条", "第七条", "第十条", "第三条")]
    assert outcome.decision.trail[-1] == "q-inquiry"        # the accident body, by its declared purpose


def test_further_accountability_follows_only_the_articles_it_names():
    answer = _answer("三级事故造成不良影响，水务站站长怎么处理")
    assert answer == (f"根据《{TITLE}》第九条，发生三级河道污染事故后的初步问责决定：对镇水务站站长书面检查。\n"
                      "镇党委、镇政府应在48小时内召开现场会（第九条）。\n"
                      "给予书面检查的程序由县水务局另行规定（第七条）。")


def test_a_severity_whose_rows_need_a_consequence_asks_for_it():
    outcome = decide(extract("三级事故水务站站长怎么处理", BOOK), BOOK)
    assert outcome.missing.field == "consequence"
    assert outcome.missing.question == "这起三级河道污染事故是否造成了较大损失或者不良影响？"
    assert [o["value"] for o in outcome.missing.options] == ["general_major", "none"]
    note = decide(Facts(severity="三级", consequence="none", roles=["镇水务站站长"]), BOOK).decision.notes
    assert note == ["第九条只对造成较大损失或者不良影响的三级河道污染事故规定了处理；其他情形按第五条、第六条处理。"]


def test_a_missing_severity_offers_this_regulations_severities():
    outcome = decide(extract("出了事故镇长会怎样", BOOK), BOOK)
    assert outcome.missing.question == "是哪一级河道污染事故？"
    assert [o["value"] for o in outcome.missing.options] == ["一级", "二级", "三级"]


def test_measure_sets_procedures_and_combinable_measures_carry_their_articles():
    assert _answer("造成恶劣影响的会怎么处理") == (
        f"根据《{TITLE}》第六条，造成重大损失或者恶劣影响的，对水务干部可给予停职反省、调整岗位、免职处理。\n"
        "给予停职反省、调整岗位、免职的程序按照《青溪县干部任免程序规定》执行（第七条）。")
    assert _answer("诫勉谈话和通报批评能合并吗") == (
        "给予诫勉谈话、通报批评的程序由县水务局另行规定（第七条）。\n"
        "诫勉谈话、通报批评可以单独适用，也可以和其他问责方式合并适用（第六条第二款）。")


def test_a_word_that_is_no_measure_lists_this_regulations_measures():
    assert _answer("会被撤职吗") == (
        "“撤职”不是本办法的问责方式。本办法的问责方式只有：诫勉谈话、书面检查、通报批评、调整岗位、停职反省、免职；"
        "需要追究纪律责任的，依照有关规定给予处分（第四条）。")


def test_a_role_without_a_decision_is_said_so_with_the_tables_article():
    outcome = decide(extract("二级事故分管副局长怎么处理", BOOK), BOOK)
    assert outcome.decision.measures == {}
    assert "第八条没有对县水务局分管副局长规定二级事故的初步问责决定。" in outcome.decision.notes


def test_the_rule_views_draw_from_the_book():
    from bot.views import drills, matrix

    assert matrix.caption(BOOK) == "第八、九条：河道污染事故的初步问责决定（“—”表示该条未作规定）。"
    heads, roles, cells, articles = matrix.table(BOOK)
    assert heads[-1] == "三级事故\n（较大损失或不良影响）" and articles == [8, 9] and "镇长" in roles
    questions = drills.generate(BOOK)
    assert any(q.question == "下列哪一项不是本规定第六条所列的问责方式？" and q.article == 6 for q in questions)
    assert any(q.question.startswith("有第五条规定的情形，造成重大损失或者恶劣影响的") for q in questions)
    assert all(TITLE in q.explanation for q in questions)


def test_rules_check_lists_its_coverage():
    from bot.fronts.cli import main

    result = CliRunner().invoke(main, ["rules", "check", "--folder", str(FOLDER)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "规则文件有效：20 条规则。",
        "有规则的条款（9）：2、3、4、5、6、7、8、9、10",
        "无规则的条款 第1条：制定依据，本身不产生问责结果。",
        "无规则的条款 第11条：施行日期。",
        "无规则的条款 第12条：来源文本缺失：第十二条只有开头，所列从轻问责的情形缺失。",
        "未覆盖的条款：无"]


def test_an_article_without_a_status_is_reported_uncovered(tmp_path):
    from bot.fronts.cli import main

    text = (FOLDER / "regulation.yaml").read_text(encoding="utf-8").replace("  11: {operative: false, reason: 施行日期。}\n", "")
    (tmp_path / "regulation.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "vocabulary.yaml").write_text((FOLDER / "vocabulary.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert RuleBook(tmp_path).coverage()["missing"] == [11]
    result = CliRunner().invoke(main, ["rules", "check", "--folder", str(tmp_path)])
    assert result.exit_code == 1 and "未覆盖的条款：11" in result.output
