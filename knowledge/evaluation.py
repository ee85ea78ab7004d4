"""Measuring retrieval against a question set (format: ../shared/eval/dev_questions.yaml).

A question passes at k when a passage among the top k is the expected article (`article`), one
of the expected articles (`article_any`) or contains one of the expected strings (`cite_any`,
whitespace ignored). Questions with `grounded: false` pass when nothing comes back, except
those of kind `injection`: declining them is the assistant's policy (bot/core/guard.py), applied
before retrieval, so they are measured by the answer evaluation and left out here.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import yaml

from rules.references import lone_article

from .retrieval import KnowledgeBase, Passage

KS = (1, 3, 5)


def load_questions(path: Path) -> list[dict]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    questions = data["questions"] if isinstance(data, dict) else data
    return [q for q in questions if isinstance(q, dict) and q.get("q")]


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def expected_article(expected: int | str) -> int | None:
    """An expected article as a question file writes it: 14, or "第十四条之一" / "14条之一" for an
    inserted one (YAML has no number for it)."""
    return expected if isinstance(expected, int) else lone_article(str(expected))


def expected(q: dict, p: Passage) -> bool:
    """Whether a passage (or anything with .article and .text, such as an answer's citation) is
    the one q expects."""
    if "article" in q:
        return p.article == expected_article(q["article"])
    if "article_any" in q:
        return p.article in [expected_article(a) for a in q["article_any"]]
    if "cite_any" in q:
        return any(_squash(s) in _squash(p.text) for s in q["cite_any"])
    return False


def evaluate_retrieval(kb: KnowledgeBase, questions: list[dict]) -> dict:
    """Recall@1/3/5 and MRR per kind of question, and how many out-of-scope ones came back empty."""
    per_kind: dict[str, dict] = defaultdict(lambda: {"n": 0, "mrr": 0.0, **{f"r@{k}": 0 for k in KS}})
    declined = {"n": 0, "empty": 0, "failures": []}
    misses: list[dict] = []
    for q in questions:
        if q.get("kind") == "injection":
            continue
        result = kb.search(q["q"], k=max(KS))
        if q.get("grounded") is False:
            declined["n"] += 1
            if not result.passages:
                declined["empty"] += 1
            else:
                declined["failures"].append(q["q"])
            continue
        rank = next((i + 1 for i, p in enumerate(result.passages) if expected(q, p)), None)
        for bucket in (per_kind[q.get("kind", "other")], per_kind["all"]):
            bucket["n"] += 1
            bucket["mrr"] += 1 / rank if rank else 0.0
            for k in KS:
                bucket[f"r@{k}"] += int(rank is not None and rank <= k)
        if not rank or rank > 3:
            misses.append({"q": q["q"], "rank": rank, "reason": result.reason,
                           "got": [p.label for p in result.passages[:3]]})
    table = {}
    for kind, b in per_kind.items():
        n = b["n"]
        table[kind] = {"n": n, **{f"r@{k}": round(b[f"r@{k}"] / n, 3) for k in KS}, "mrr": round(b["mrr"] / n, 3)}
    return {"retrieval": table, "out_of_scope": declined, "misses": misses}
