"""Drills over the whole regulation (issue 13): every named topic generates valid quiz polls from
the rule data, for the shipped regulation and for the fictional one, and the right option of each
is confirmed by the rules engine (rules.engine.decide) or, for what the engine does not decide
(who is covered, who conducts, referrals, situations, what an article refers to, what the source
lacks), by the rule rows themselves — never by the generator's own bookkeeping."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.telegram.handlers.drills import parse_drill_args
from bot.views.drills import MAX_EXPLANATION, MISSING_OPTION, TOPICS, QuizQuestion, generate
from rules.engine import decide
from rules.facts import Facts
from rules.references import format_ref
from rules.schema import RuleBook

FICTIONAL = RuleBook(Path(__file__).parent / "data" / "fictional_rules")
SHIPPED = RuleBook()
QUOTED = re.compile(r"“([^”]+)”")


def _quoted(q: QuizQuestion) -> str:
    return QUOTED.search(q.question).group(1)


def _rows(book: RuleBook) -> dict:
    reg = book.regulation
    return {r.id: r for r in reg.rows()}


def _condition(book: RuleBook, severity: str) -> str | None:
    """The consequence the table's rows of a severity require (一般 accidents), else None."""
    return next((r.consequence for r in book.regulation.accident_decisions
                 if r.severity == severity and r.consequence), None)


def right_options(book: RuleBook, q: QuizQuestion) -> list[int]:
    """The options the rules make right, worked out independently of the generator."""
    reg = book.regulation
    row = _rows(book).get(q.basis)
    kind = TOPICS[q.topic]
    official = reg.wording.official

    def ok(o: str) -> bool:
        if kind == "accident":
            if "对谁" in q.question:
                out = decide(Facts(severity=row.severity, roles=[o], consequence=row.consequence), book)
                return out.decision.measures.get(o) == row.measures
            out = decide(Facts(severity=row.severity, roles=[row.role], consequence=row.consequence), book)
            return "、".join(out.decision.measures[row.role]) == o
        if kind == "convening":
            conv = decide(Facts(severity=row.severities[0], consequence=_condition(book, row.severities[0])),
                          book).decision.convening
            return o == f"{conv['body']}，{conv['hours']}小时内"
        if kind == "procedure":
            m = _quoted(q)
            return decide(Facts(measures=[m]), book).decision.procedures[m] == o
        if kind == "measures":
            if q.basis == "not_measures":
                return o not in decide(Facts(measures=[o]), book).decision.procedures
            if "在什么条件下" in q.question:
                c = next(k for k, w in reg.wording.consequences.items() if w.text == o)
                out = decide(Facts(consequence=c), book).decision
                return out is not None and _quoted(q) in out.measures.get(official, [])
            return o in decide(Facts(consequence=row.consequence), book).decision.measures[official]
        if kind == "combinable":
            listed = o in decide(Facts(measures=[o]), book).decision.combinable
            return listed if "不在" not in q.question else not listed
        if kind == "further":
            sev = next(s for s in reg.severities() if q.question.startswith(f"发生{s}{reg.wording.event}"))
            return decide(Facts(severity=sev, consequence=_condition(book, sev)), book).decision.further == o
        if kind == "scope":
            return any(r.covers == o for r in reg.scope) and o not in q.question
        if kind == "conductors":
            if q.question.endswith("的是谁？"):
                return any(r.who == o and f"“{r.how}”" in q.question for r in reg.conductors)
            return any(r.how == o and r.who in q.question for r in reg.conductors)
        if kind == "referrals":
            if "在什么情况下" in q.question:
                return any(r.when == o and f"“{r.then}”" in q.question for r in reg.referrals)
            return any(r.then == o and r.when in q.question for r in reg.referrals)
        if kind == "situations":
            if "哪一条" in q.question:
                return any(f"“{r.name}”" in q.question and r.source.article_label == o for r in reg.situations)
            if "不按" in q.question:
                return any(r.name == o and not r.uses_measure_sets for r in reg.situations)
            return any(r.name == o and r.source.article == q.article for r in reg.situations)
        if kind == "circumstances":
            return any(r.source.span == o and r.source.article == q.article for r in reg.circumstances)
        if kind == "missing":
            if "哪一条" in q.question:
                return any(format_ref(n) == o and a.missing for n, a in reg.articles.items())
            return o == MISSING_OPTION and reg.articles[q.article].missing
        raise AssertionError(f"unknown topic {q.topic}")

    return [i for i, o in enumerate(q.options) if ok(o)]


def _check(book: RuleBook, q: QuizQuestion) -> None:
    reg = book.regulation
    assert 2 <= len(q.options) <= 10 and len(set(q.options)) == len(q.options)
    assert all(1 <= len(o) <= 100 for o in q.options) and len(q.question) <= 300
    assert len(q.explanation) <= MAX_EXPLANATION
    # the explanation quotes its article: title, article label and the opening of the row's span
    assert q.article and f"《{reg.title}》{format_ref(q.article)}" in q.explanation, q
    row = _rows(book).get(q.basis) or (reg.combinable if q.basis == "combinable" else None)
    if row is not None:
        assert row.source.span[:12] in q.explanation, q
    # exactly one right option, and it is the one the poll marks
    assert right_options(book, q) == [q.correct], q


@pytest.mark.parametrize("topic", list(TOPICS))
def test_every_topic_of_the_shipped_regulation_gives_valid_polls(topic):
    questions = generate(SHIPPED, topic)
    assert questions, topic
    for q in questions:
        assert q.topic == topic
        _check(SHIPPED, q)


@pytest.mark.parametrize("topic", list(TOPICS))
def test_the_fictional_regulation_gets_the_topics_its_data_has(topic):
    for q in generate(FICTIONAL, topic):
        _check(FICTIONAL, q)
        assert "深圳" not in q.question + q.explanation + "".join(q.options)


def test_the_topics_cover_the_whole_regulation():
    """Who is covered, who conducts and the accident group, referrals, the situations (and the
    items of the article that lists some), the measure sets and their conditions, combinable
    measures, procedures, further accountability, what the circumstances article refers to, and
    the missing list — each topic asks about the articles its rows rest on."""
    reg = SHIPPED.regulation
    arts = {t: {q.article for q in generate(SHIPPED, t)} for t in TOPICS}
    assert arts["范围"] == {r.source.article for r in reg.scope}
    assert arts["主体"] == {r.source.article for r in reg.conductors}
    assert arts["移送"] == {r.source.article for r in reg.referrals}
    assert arts["情形"] == {r.source.article for r in reg.situations}
    assert arts["程序"] == {r.source.article for r in reg.procedures}
    assert arts["追责"] == {r.source.article for r in reg.further}
    assert arts["情节"] == {r.source.article for r in reg.circumstances}
    assert arts["缺失"] == set(reg.missing_articles())
    itemised = [r for r in reg.situations if r.source.item]
    listed = [q for q in generate(SHIPPED, "情形") if "所列的应当问责的情形" in q.question]
    assert {q.options[q.correct] for q in listed} == {r.name for r in itemised}
    sets = [q for q in generate(SHIPPED, "方式") if "在什么条件下" in q.question]
    assert len(sets) == sum(len(s.measures) for s in reg.measure_sets)
    [missing_list] = [q for q in generate(SHIPPED, "缺失") if "有哪些" in q.question]
    assert missing_list.options[missing_list.correct] == MISSING_OPTION
    assert "在来源中缺失" in missing_list.explanation


def test_the_same_seed_gives_the_same_questions_and_topics_do_not_shift_each_other():
    assert generate(SHIPPED, "程序") == generate(SHIPPED, "程序")
    whole = generate(SHIPPED)
    assert [q for q in whole if q.topic == "程序"] == generate(SHIPPED, "程序")


@pytest.mark.parametrize("args, parsed", [
    ([], (5, None, None)), (["10", "程序", "30s"], (10, "程序", 30)), (["程序", "45秒"], (5, "程序", 45)),
    (["30S", "3"], (3, None, 30)), (["21"], None), (["0"], None), (["10", "程序", "4s"], None),
    (["10", "程序", "601s"], None), (["程序", "事故"], None),
])
def test_drill_arguments(args, parsed):
    assert parse_drill_args(args) == parsed


def test_a_time_limit_outside_telegrams_range_is_refused_in_a_question_set():
    from bot.views.drills import QuestionSetError, load_yaml

    good = "- {question: 第十四条由谁召开现场会？, options: [甲, 乙], correct: 0, explanation: 依据第十四条。, seconds: 30}"
    assert load_yaml(good)[0].seconds == 30
    with pytest.raises(QuestionSetError, match="seconds"):
        load_yaml(good.replace("seconds: 30", "seconds: 3"))
