"""Measuring answers against a question set (format: ../shared/eval/dev_questions.yaml).

An answer cites the expected passage when one of its citations is the expected article (or one
of them), or contains an expected string. Out-of-scope questions pass when the answer is declined
(grounded is false). Every answer's checker verdict is counted too: a model-free answer that
fails it is a bug.
"""
from __future__ import annotations

from collections import defaultdict

from knowledge.evaluation import expected

from bot.core.answer import Quote
from bot.core.assistant import Assistant


def cites_expected(q: dict, citations: list[Quote]) -> bool:
    """The retrieval evaluation's test of a passage, applied to what the answer cites."""
    return any(expected(q, c) for c in citations)


def evaluate_answers(assistant: Assistant, questions: list[dict]) -> dict:
    per_kind: dict[str, dict] = defaultdict(lambda: {"n": 0, "cited": 0, "checked": 0})
    declined = {"n": 0, "declined": 0, "failures": []}
    misses: list[dict] = []
    checked = 0
    sources: dict[str, int] = defaultdict(int)
    for q in questions:
        a = assistant.answer(q["q"], channel="eval")
        checked += a.check.passed
        sources[a.source] += 1
        if q.get("grounded") is False:
            declined["n"] += 1
            if not a.grounded:
                declined["declined"] += 1
            else:
                declined["failures"].append(q["q"])
            continue
        ok = cites_expected(q, a.citations)
        for bucket in (per_kind[q.get("kind", "other")], per_kind["all"]):
            bucket["n"] += 1
            bucket["cited"] += ok
            bucket["checked"] += a.check.passed
        if not ok:
            misses.append({"q": q["q"], "source": a.source, "cited": [c.label for c in a.citations][:3]})
    return {"answers": dict(per_kind), "declined": declined, "checked": checked, "n": len(questions),
            "sources": dict(sources), "misses": misses}
