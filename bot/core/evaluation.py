"""Measuring answers against a question set (format: ../shared/eval/dev_questions.yaml).

An answer cites the expected passage when one of its citations is the expected article (or one
of them), or contains an expected string; it *leads* with it when its first citation is that
passage (a passage answer's first line quotes its first passage). Citizen, document and
cross-reference questions use the forms of `cites_expected`. Out-of-scope questions pass when the answer is declined
(grounded is false). Every answer's checker verdict is counted too, and so are the answers whose
first draft failed the checker and fell back (to verbatim quotes or "no basis"): each is a bug
in a composer or a rule file, or a false alarm of the checker.
"""
from __future__ import annotations

from collections import defaultdict

from knowledge.evaluation import expected, expected_article

from bot.core.answer import Quote
from bot.core.assistant import Assistant


def cites_expected(q: dict, citations: list[Quote], text: str = "") -> bool:
    """The retrieval evaluation's test of a passage, applied to what the answer cites; and the
    forms only an answer has:
    - `article_all` (with `doc`, an ingested regulation's id): every one of these articles is
      cited — a situation and its consequence;
    - `says_all`: the answer says each of these (a question about a document: its date, that
      its status is unverified);
    - `doc` alone (no article, no string): any passage of that document (a question the report
      or the paper answers somewhere, with no article to name)."""
    if "article_all" in q:
        cited = {c.article for c in citations if q.get("doc") in (None, c.doc_id)}
        return {expected_article(a) for a in q["article_all"]} <= cited
    if "says_all" in q:
        return all(s in text for s in q["says_all"])
    if "doc" in q and not {"article", "article_any", "cite_any"} & q.keys():
        return any(c.doc_id == q["doc"] for c in citations)
    return any(expected(q, c) and q.get("doc") in (None, c.doc_id) for c in citations)


def leads_with_expected(q: dict, citations: list[Quote], text: str = "") -> bool:
    """The answer's first citation is the expected passage (for `article_all`, the first of them):
    what the answer leads with. An answer without citations (a document question) counts when
    it says what is expected."""
    if "article_all" in q:
        return bool(citations) and citations[0].article == expected_article(q["article_all"][0]) and q.get("doc") in (None, citations[0].doc_id)
    if not citations or "says_all" in q:
        return cites_expected(q, citations, text)
    return cites_expected(q, citations[:1], text)


def evaluate_answers(assistant: Assistant, questions: list[dict]) -> dict:
    per_kind: dict[str, dict] = defaultdict(lambda: {"n": 0, "cited": 0, "leads": 0, "checked": 0})
    declined = {"n": 0, "declined": 0, "failures": []}
    misses: list[dict] = []
    checked = 0
    fallbacks: list[dict] = []
    sources: dict[str, int] = defaultdict(int)
    for q in questions:
        a = assistant.answer(q["q"], channel="eval")
        checked += a.check.passed
        fell = [r for r in a.rejected if "fallback_from" in r]
        if fell:
            fallbacks.append({"q": q["q"], "from": fell[0]["fallback_from"], "problems": fell[0]["problems"]})
        sources[a.source] += 1
        if q.get("grounded") is False:
            declined["n"] += 1
            if not a.grounded:
                declined["declined"] += 1
            else:
                declined["failures"].append(q["q"])
            continue
        ok = cites_expected(q, a.citations, a.text)
        first = leads_with_expected(q, a.citations, a.text)
        for bucket in (per_kind[q.get("kind", "other")], per_kind["all"]):
            bucket["n"] += 1
            bucket["cited"] += ok
            bucket["leads"] += first
            bucket["checked"] += a.check.passed
        if not ok:
            misses.append({"q": q["q"], "source": a.source, "cited": [c.label for c in a.citations][:3]})
    return {"answers": dict(per_kind), "declined": declined, "checked": checked, "n": len(questions),
            "sources": dict(sources), "misses": misses, "fallbacks": fallbacks}
