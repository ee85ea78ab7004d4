"""The checker: hand-made wrong drafts, and a mutation test over every table cell."""
import re

import pytest

from bot.core.snapshot import checker_sources
from knowledge.retrieval import Corpus
from rules.checker import check as run_check
from rules.compose import compose
from rules.engine import decide
from rules.references import format_ref
from rules.facts import Facts, extract
from rules.schema import RuleBook

Q = "较大事故街道主任会受什么处理"
BOOK = RuleBook()
SOURCES = checker_sources(Corpus.shipped(), BOOK)


def check(question, draft):
    """The checker against the shipped book and documents, with our own drafts' rule: the
    decision's articles must be cited."""
    return run_check(question, draft, BOOK, sources=SOURCES, require_citations=True)


def test_composed_answer_passes():
    draft = compose(decide(extract(Q, BOOK), BOOK), BOOK)
    assert check(Q, draft).passed, check(Q, draft).problems


@pytest.mark.parametrize("draft, problem", [
    ("根据第十四条，较大事故对街道党政领导正职免职。", "不是免职"),
    ("根据第十四条，对街道党政领导正职责令公开道歉。第二十条另有规定。", "第二十条不存在"),
    ("根据第十四条，对街道党政领导正职责令公开道歉，区委应在48小时内召开现场会。", "48"),
    ("对街道党政领导正职责令公开道歉。", "没有引用决定所依据的第十四条"),
    ("根据第十四条，对街道党政领导正职责令公开道歉，市委、市政府召开现场会。", "召开现场会、作出初步问责决定的是区委"),
    ("根据第十四条，“对街道党政领导正职责令公开检讨并停职”。", "找不到原文"),
    ("根据第十四条，对街道党政领导正职责令公开道歉。第十八条规定，主动报告的不予问责。", "第十八条"),
    ("根据第十四条，街道党政领导正职不会被责令公开道歉。", "否定了责令公开道歉"),
])
def test_wrong_drafts_are_flagged(draft, problem):
    result = check(Q, draft)
    assert not result.passed and any(problem in p for p in result.problems), result.problems


def test_honest_statement_about_article_18_passes():
    q = "什么情况下可以免于问责"
    assert check(q, "第十八条规定了不予问责的情形，但来源文本中该条所列情形缺失，无法回答。").passed


def test_quotes_verbatim_pass():
    draft = "根据第十四条：“对街道党政领导正职责令公开道歉”。"
    assert check(Q, draft).passed


# ---------------------------------------------------------------- mutation test

ROWS = BOOK.regulation.accident_decisions
ALL_MEASURES = [m for s in BOOK.regulation.measure_sets for m in s.measures]
ROLES = list(BOOK.vocabulary.roles)
SEVERITIES = ["特别重大", "重大", "较大", "一般"]


def _question(row):
    extra = "，造成较大损失" if row.severity == "一般" else ""
    return f"{row.severity}事故{extra}，{row.role}怎么处理"


def _truth(severity, role):
    d = decide(Facts(severity=severity, roles=[role], consequence="general_major" if severity == "一般" else None), BOOK).decision
    return d.measures.get(role) if d else None


def mutants(row):
    """(kind, draft) pairs, each one wrong by construction."""
    q = _question(row)
    draft = compose(decide(extract(q, BOOK), BOOK), BOOK)
    measure = row.measures[0]
    sentence = f"对{row.role}{measure}"
    assert sentence in draft
    out = []
    for other in ALL_MEASURES:
        if other not in row.measures:
            out.append(("measure", draft.replace(sentence, f"对{row.role}{other}")))
            break
    for role in ROLES:
        if role != row.role and _truth(row.severity, role) != row.measures:
            out.append(("role", draft.replace(sentence, f"对{role}{measure}")))
            break
    for sev in SEVERITIES:
        if sev != row.severity and _truth(sev, row.role) != row.measures:
            out.append(("severity", draft.replace(f"发生{row.severity}公共安全责任事故", f"发生{sev}公共安全责任事故")))
            break
    art = format_ref(row.source.article)
    other_art = "第十二条"
    out.append(("article", draft.replace(art, other_art)))
    out.append(("drop citation", re.sub(art, "", draft)))
    out.append(("invent article", draft + "\n另见本规定第二十三条。"))
    if "24小时" in draft:
        out.append(("figure", draft.replace("24小时", "48小时")))
    return q, draft, out


MUTATIONS = [(row.id, kind, q, text) for row in ROWS for q, _, muts in [mutants(row)] for kind, text in muts]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_original_passes(row):
    q, draft, _ = mutants(row)
    result = check(q, draft)
    assert result.passed, (draft, result.problems)


@pytest.mark.parametrize("rid, kind, q, text", MUTATIONS, ids=[f"{r}-{k}" for r, k, _, _ in MUTATIONS])
def test_mutant_is_flagged(rid, kind, q, text):
    result = check(q, text)
    assert not result.passed, (kind, text)


def test_mutation_counts():
    kinds = {k for _, k, _, _ in MUTATIONS}
    assert {"measure", "role", "severity", "article", "drop citation", "invent article", "figure"} <= kinds
    assert len(MUTATIONS) >= 6 * len(ROWS)


# ---------------------------------------------------------------- a question back's choices
ASK = "“一把手”是哪一级的哪位领导？\n1. {one}\n2. {two}\n（回复序号或直接说明即可）"
DISTRICT = BOOK.vocabulary.role_labels["有关党政领导正职"]
STREET = BOOK.vocabulary.role_labels["街道党政领导正职"]


def test_a_question_back_offering_the_rule_datas_roles_passes_as_framing():
    r = check("特别重大事故一把手要公开道歉吗", ASK.format(one=DISTRICT, two=STREET))
    assert r.passed, r.problems
    options = [s for s in r.sentences if s.text in (DISTRICT, STREET)]
    assert [s.verdict for s in options] == ["framing", "framing"]


@pytest.mark.parametrize("invented", [
    "社区居委会主任（社区党政领导正职）",             # a role no row has
    "区委书记、区长或区职能部门正职（有关党政领导副职）",  # a real label with its role changed
    "市委书记（特别重大事故免职）",                    # a claim dressed as a choice
])
def test_an_invented_choice_under_a_question_back_fails(invented):
    r = check("特别重大事故一把手要公开道歉吗", ASK.format(one=DISTRICT, two=invented))
    assert not r.passed
    assert any(invented[:20] in p and "选项" in p for p in r.problems), r.problems


def test_a_role_label_outside_a_question_back_is_still_a_claim():
    """Only a choice under a question is framing: the same words as a sentence must be supported."""
    r = check("较大事故街道主任会怎样", f"根据第十四条，{DISTRICT}。")
    assert not r.passed


@pytest.mark.parametrize("said", ["党工委书记", "街道领导班子成员"])
def test_the_rule_datas_question_back_quotes_the_users_words(said):
    """"“党工委书记”是哪一级的哪位领导？" names a body and quotes words no source has: it asks,
    with the user's words, and passes; the same question about words the user did not say fails."""
    ask = BOOK.vocabulary.ask_role
    draft = f"{ask.format(word=said)}\n1. {DISTRICT}\n2. {STREET}"
    assert check(f"重大事故，{said}会被免职吗", draft).passed
    assert not check("重大事故，主任会被免职吗", draft).passed
