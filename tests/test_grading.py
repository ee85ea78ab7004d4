"""Grading a trainee's written answer sentence by sentence (bot/core/grading.py, `wenze grade`).

The checker's adversarial drafts (tests/rules/adversarial_drafts.yaml, written blind from the
sources) are used as trainee answers: a wrong draft gets at least one ❌ or ⚠️ sentence, a right one
only ✅. The drafts the checker still misjudges (tests/rules/adversarial_known_gaps.txt) are skipped:
their grades follow the checker and are tested there as strict xfails.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from bot.core.grading import MARKS, Grade, GradingError, grade, render_plain
from bot.fronts.cli import main

RULES_TESTS = Path(__file__).parent / "rules"
DRAFTS = yaml.safe_load((RULES_TESTS / "adversarial_drafts.yaml").read_text(encoding="utf-8"))["drafts"]
KNOWN = set((RULES_TESTS / "adversarial_known_gaps.txt").read_text(encoding="utf-8").split())


def _drafts() -> list:
    return [pytest.param(d, id=d["id"], marks=[pytest.mark.skip(reason="a known gap of the checker")]
                         if d["id"] in KNOWN else []) for d in DRAFTS]


@pytest.mark.parametrize("d", _drafts())
def test_an_adversarial_draft_as_a_trainee_answer_gets_the_expected_marks(d, book, sources):
    g = grade(book, sources, d["question"], d["draft"])
    marks = [s.mark for s in g.sentences]
    assert set(marks) <= set(MARKS)
    if d["wrong"]:
        assert {"wrong", "no_basis"} & set(marks), f"a wrong answer got only ✅ ({d['why']})"
        assert not g.passed and g.score < 1
    else:
        assert marks and set(marks) == {"right"}, [(s.text, s.support) for s in g.sentences if s.mark != "right"]
        assert g.passed and g.score == 1
        # every ✅ names what supports it
        assert all(s.support for s in g.sentences)


def test_most_wrong_sentences_quote_what_the_rules_say_instead(book, sources):
    """A ❌ shows the article that says otherwise, quoted; a ⚠️ has nothing to quote."""
    wrong = no_basis = quoted = 0
    for d in DRAFTS:
        if d["id"] in KNOWN or not d["wrong"]:
            continue
        for s in grade(book, sources, d["question"], d["draft"]).sentences:
            if s.mark == "wrong":
                wrong += 1
                if s.reference is not None:
                    quoted += 1
                    assert "》" in s.reference.label and s.reference.text
                    assert sources.verbatim(s.reference.text.rstrip("…"))
            elif s.mark == "no_basis":
                no_basis += 1
                assert s.reference is None
    assert wrong >= 80 and no_basis >= 40
    assert quoted / wrong >= 0.95


FREE_WORDING = [
    ("特别重大事故，区职能部门分管副局长怎么处理",
     "会被免职。这种情况由市委、市政府在24小时内开现场会作出初步问责决定。免职的程序按中办发[2009]25号文件执行。"),
    ("问责方式能合并使用吗", "训诫、书面检查、通报批评和公开道歉这四种，既可以单独用，也可以和别的问责方式一起用。"),
    ("第十八条规定了哪些不予问责的情形", "第十八条规定了不予问责的情形，但来源中这些情形缺失了。"),
    ("一般事故街道分管副主任怎么处理", "一般事故造成较大损失或者不良影响的，对街道分管副主任责令作出书面检查。"),
    ("事故问责组由谁组成", "事故发生后要立即成立事故问责组，由纪检监察机关和有关部门组成，和事故调查组同步开展问责调查。"),
    ("较大事故街道书记会怎样", "较大事故的话，街道书记要公开道歉。区委、区政府要在24小时内开现场会。以上仅供参考，请以原文为准。"),
]


@pytest.mark.parametrize("question,answer", FREE_WORDING, ids=[q for q, _ in FREE_WORDING])
def test_a_right_answer_in_free_wording_gets_only_right_marks(question, answer, book, sources):
    g = grade(book, sources, question, answer)
    assert [s.mark for s in g.sentences] == ["right"] * len(g.sentences) and g.sentences
    for s in g.sentences:
        assert s.reference is not None or len(s.text) <= 6, s      # only a bare 会。/ 可以。 rests on the next sentence


def test_a_wrong_sentence_is_marked_with_the_article_that_says_otherwise(book, sources):
    g = grade(book, sources, "较大事故街道主任会受什么处理",
              "较大事故后，街道党政领导正职要责令公开道歉。街道党政领导分管副职要被免职。")
    right, wrong = g.sentences
    assert right.mark == "right" and right.support.endswith("第十四条")
    assert right.reference.text == "对街道党政领导正职责令公开道歉"
    assert wrong.mark == "wrong" and "停职检查" in wrong.support and "免职" in wrong.support
    assert wrong.reference.label.endswith("第十四条") and wrong.reference.text == "对街道党政领导分管副职停职检查"
    assert g.score == 0.5 and not g.passed


def test_a_word_that_is_no_measure_is_answered_with_the_measure_sets(book, sources):
    [s] = grade(book, sources, "较大事故街道主任会受什么处理", "另外还要对他罚款五千元。").sentences
    assert s.mark == "wrong" and "罚款" in s.support
    assert s.reference.label.endswith(book.regulation.measure_sets_label())
    assert all(m.source.span in s.reference.text for m in book.regulation.measure_sets)


def test_an_answer_about_the_missing_list_of_cases_has_no_basis(book, sources):
    [s] = grade(book, sources, "哪些情形不予问责", "第十八条规定，主动报告问题的可以不予问责。").sentences
    assert s.mark == "no_basis" and "缺失" in s.support and s.reference is None


def test_framing_is_not_scored(book, sources):
    g = grade(book, sources, "较大事故街道书记会怎样", "你好！较大事故的话，街道书记要公开道歉。以上仅供参考，请以原文为准。")
    assert [s.mark for s in g.sentences] == ["right"]
    assert g.unscored and all("街道" not in u for u in g.unscored)
    assert g.score == 1.0 and g.passed
    nothing = grade(book, sources, "较大事故街道书记会怎样", "请以原文为准。")
    assert nothing.sentences == [] and nothing.score == 0.0 and not nothing.passed
    assert "没有可评分的陈述" in render_plain(nothing)


def test_one_sentence_with_several_problems_is_one_mark(book, sources):
    """The checker reports each problem of a sentence on its own; a trainee sees one mark."""
    g = grade(book, sources, "问责程序怎么走", "训诫和通报批评的程序都按照中办发[2009]25号文件执行。")
    [s] = g.sentences
    assert s.mark == "wrong" and "训诫" in s.support and "通报批评" in s.support
    assert s.reference.label.endswith("第十一条") and "《办法》" in s.reference.text


@pytest.mark.parametrize("question,answer,says", [
    ("", "街道书记要公开道歉。", "题目和回答"),
    ("较大事故街道书记会怎样", "   ", "题目和回答"),
    ("较大事故街道书记会怎样", "道" * 2001, "回答太长了"),
])
def test_bad_input_gets_a_clear_message(question, answer, says, book, sources):
    with pytest.raises(GradingError, match=says):
        grade(book, sources, question, answer)


def test_the_json_shape():
    g = Grade("题目", [])
    assert set(g.as_json()) == {"question", "score", "sentences", "unscored", "reference_answer"}


def run(*args):
    return CliRunner().invoke(main, ["grade", *args], catch_exceptions=False)


def test_wenze_grade_exits_1_on_a_wrong_sentence_and_gives_the_reference_answer(kb):
    result = run("--json", "-q", "较大事故街道主任会受什么处理",
                 "-a", "较大事故后，街道党政领导正职要责令公开道歉。街道党政领导分管副职要被免职。")
    assert result.exit_code == 1
    out = json.loads(result.output)
    assert out["score"] == 0.5
    assert [s["mark"] for s in out["sentences"]] == ["right", "wrong"]
    assert set(out["sentences"][1]) == {"text", "mark", "support", "reference"}
    assert out["sentences"][1]["reference"]["text"] == "对街道党政领导分管副职停职检查"
    assert "对街道党政领导正职责令公开道歉" in out["reference_answer"]


def test_wenze_grade_exits_0_when_every_sentence_is_right(kb):
    result = run("-q", "较大事故街道主任会受什么处理", "-a", "街道主任要被责令公开道歉。请以原文为准。")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("得分：1/1（100%）\n✅ 街道主任要被责令公开道歉。")
    assert "不评分（没有陈述内容）：请以原文为准。" in result.output and "\n参考答案：\n" in result.output


def test_wenze_grade_refuses_an_empty_answer(kb):
    result = CliRunner().invoke(main, ["grade", "-q", "较大事故街道书记会怎样", "-a", " "])
    assert result.exit_code == 1 and "需要题目和回答两部分" in result.output


def test_the_trainees_answer_is_not_kept_in_the_audit_trail(kb, tmp_path, monkeypatch):
    from bot.settings import Settings
    from bot.storage.audit import AuditLog

    monkeypatch.setenv("WENZE_DATA_DIR", str(tmp_path))
    import shutil

    shutil.copytree(kb.store.settings.data_dir / "index", tmp_path / "index")
    secret = "街道党政领导分管副职要被免职，这是学员甲写的独特句子。"
    run("-q", "较大事故街道主任会受什么处理", "-a", secret)
    audit = AuditLog.open(Settings(data_dir=tmp_path))
    rows = list(audit.rows())
    assert [r["question"] for r in rows] == ["较大事故街道主任会受什么处理"]
    assert "学员甲" not in json.dumps(rows, ensure_ascii=False, default=str)
