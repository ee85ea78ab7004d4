"""A property of the model-free path (issue 10): every answer passes the checker with the first
draft it makes — nothing falls back to verbatim quotes or "no basis" — for the dev questions and
for a grid of rule questions generated from the rule data and the vocabulary (not written by hand):
every class of accident × every role, by its regulation name, its aliases and titles composed as
level × rank, × a few ways to ask; the titles the rules must ask about (a rank with no level, a
leader with no rank), whose question back offers the rule data's role labels; and the topics that
need no official (scope, appeals…) asked about a 干部 or 领导.

The grid is large, so fixed samples of it (the same on every run) are answered: a large one with
no search (the path the rules take when retrieval is down: they decide and quote their articles,
about 30 ms an answer), a small one through the session index in the fast suite and a larger
one marked slow (embedding the question dominates, 0.2–1 s an answer). The dev questions are
answered once, through the index, by tests/test_pipeline.py's
test_every_model_free_answer_passes_the_checker, which holds them to the same property.
"""
from __future__ import annotations

import itertools
import random

import pytest

from bot.core.assistant import Assistant
from bot.settings import Settings
from bot.core.snapshot import Snapshot
from knowledge.retrieval import Corpus
from rules.schema import RuleBook

BOOK = RuleBook()
VOC = BOOK.vocabulary
NO_SEARCH, INDEXED, SLOW = 300, 12, 240      # questions of the grid answered per sample

FORMS = ["{s}，{t}怎么处理", "{t}在{s}后会怎样", "发生{s}，{t}要担什么责任", "{s}，{t}会被{m}吗", "{s}，{t}要{m}吗"]
TOPIC_FORMS = ["{w}的问题，{g}怎么规定", "关于{w}，{g}有什么规定"]
GENERIC = [w for rw in VOC.ranks if rw.rank is None for w in rw.words]


def _cells() -> list[str]:
    """Each class of the table as people say it, with each consequence the table asks about."""
    out = []
    for sev, words in VOC.severities.items():
        needed = {r.consequence for r in BOOK.regulation.accident_decisions if r.severity == sev and r.consequence}
        tails = [""] if not needed else [""] + [f"，{VOC.consequences[c][0]}" for c in sorted(needed)] + [
            f"，{VOC.consequences['minor'][0]}"]
        out += [f"{w}事故{tail}" for w in words for tail in tails]
    return out


def _titles() -> list[str]:
    """Every role by its regulation name and aliases, and titles composed as level × rank: each
    level word before each rank word without a level of its own."""
    fixed = [w for ws in VOC.roles.values() for w in ws]
    ranks = [w for rw in VOC.ranks if rw.rank and not rw.level for w in rw.words]
    levels = [w for lv, ws in VOC.levels.items() if lv in VOC.positions for w in ws]
    own = [w for rw in VOC.ranks if rw.level for w in rw.words]         # 区长, 局长: the title places itself
    return fixed + own + [lv + rk for lv, rk in itertools.product(levels, ranks)]


def _unplaced() -> list[str]:
    """Titles the rules must ask about: a rank with no level, a leader with no rank at a level."""
    bare = [w for rw in VOC.ranks if rw.rank and not rw.level for w in rw.words]
    return bare + [f"{lv}{w}" for lv in ("街道", "区") for w in GENERIC[:4]]


def grid() -> list[str]:
    measures = [ws[0] for ws in VOC.measures.values()]
    out = []
    for n, (s, t, f) in enumerate(itertools.product(_cells(), _titles() + _unplaced(), FORMS)):
        out.append(f.format(s=s, t=t, m=measures[n % len(measures)]))
    out += [f.format(w=w, g=g) for (t, ws), f in itertools.product(BOOK.topics.items(), TOPIC_FORMS)
            for w, g in zip(ws, itertools.cycle(GENERIC))]
    return out


GRID = grid()


def sample(n: int, seed: int) -> list[str]:
    """`n` questions of the grid, the same on every run."""
    return random.Random(seed).sample(GRID, n)


SAMPLED = sample(NO_SEARCH, 10)


def test_the_grid_covers_the_rule_data():
    """The grid holds every class, every role name and alias, every topic word, and is sampled
    across all of them (a stride, not the first ones)."""
    assert len(GRID) > 10 * len(SAMPLED) >= 10 * 150
    assert len({f.split("{t}")[-1] for f in FORMS if any(q.endswith(f.split("{m}")[-1]) for q in SAMPLED)}) > 1
    for words in VOC.severities.values():
        assert all(any(w + "事故" in q for q in GRID) for w in words)
    for words in VOC.roles.values():
        assert all(any(w in q for q in GRID) for w in words)
    assert all(any(w in q for q in GRID) for ws in BOOK.topics.values() for w in ws)
    said = {w for q in SAMPLED for sev, ws in VOC.severities.items() for w in ws if q.startswith(w)}
    assert {sev for sev, ws in VOC.severities.items() if set(ws) & said} == set(VOC.severities)


@pytest.fixture(scope="module")
def assistant(snapshot, tmp_path_factory) -> Assistant:
    """Through the session index, as the bot answers."""
    return Assistant(Settings(data_dir=tmp_path_factory.mktemp("property")), snapshot)


@pytest.fixture(scope="module")
def unsearched(book, tmp_path_factory) -> Assistant:
    """Without an index: the rules decide, their articles are quoted, nothing is searched."""
    return Assistant(Settings(data_dir=tmp_path_factory.mktemp("unsearched")), Snapshot.of(Corpus.shipped("测试"), book))


def _no_fallback(a) -> str | None:
    """Why an answer breaks the property, or None."""
    if not a.check.passed:
        return f"failed: {a.check.problems}"
    if a.rejected:
        return f"fell back from {a.rejected[0].get('fallback_from')}: {a.rejected[0].get('problems')}"
    return None


def _broken(assistant: Assistant, questions: list[str]) -> str:
    bad = [f"{q}: {why}" for q in questions if (why := _no_fallback(assistant.answer(q)))]
    return "\n".join(bad[:10]) + f"\n({len(bad)} of {len(questions)})" if bad else ""


def test_every_sampled_grid_answer_passes_with_its_first_draft_without_search(unsearched):
    assert not _broken(unsearched, SAMPLED), _broken(unsearched, SAMPLED)


def test_every_sampled_grid_answer_passes_with_its_first_draft_through_the_index(assistant):
    questions = sample(INDEXED, 11)
    assert not (why := _broken(assistant, questions)), why


@pytest.mark.slow
def test_a_larger_sample_of_the_grid_through_the_index(assistant):
    questions = sample(SLOW, 12)
    assert not (why := _broken(assistant, questions)), why


def test_the_sample_holds_questions_back_with_the_rule_datas_role_labels(unsearched):
    """The sampled grid is not all decisions: it asks back about titles it cannot place, with one
    button per role labelled as the rule data labels it — and those answers pass too."""
    labels = set(VOC.role_labels.values())
    answers = [unsearched.answer(q) for q in SAMPLED if any(u in q for u in _unplaced())]
    asked = [a for a in answers if a.options and a.body.lead.endswith(VOC.ask_role.split("}")[-1])]
    assert len(asked) >= 5
    for a in asked:
        assert {o["label"] for o in a.options} <= labels and a.check.passed and not a.rejected
        assert [s.support for s in a.check.sentences if s.text in labels] == ["规则数据中的选项"] * len(a.options)
