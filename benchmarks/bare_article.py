"""An article number asked without a document (第二十条是什么内容) with the national laws present:
how many laws have each number, and what finding them and answering costs.

    python benchmarks/bare_article.py [--laws default|all]

The laws are parsed into a `Corpus` (the lookups read chunks, not vectors; nothing is embedded),
beside the shipped sources. Prints, per question: the reason retrieval gives, the number of laws
that have the article, the options offered, whether the answer passed the checker, and the time of
the lookup (`Corpus.search`, median of 20) and of the whole model-free answer (median of 3).
"""
from __future__ import annotations

import argparse
import statistics
import time

from bot.core.conversation import Conversations
from bot.core.pipeline import answer
from bot.core.snapshot import Snapshot
from knowledge.documents import shipped_source_paths
from knowledge.laws import law_document, law_set_names, select
from knowledge.retrieval import Corpus
from knowledge.store import StoredChunk
from rules.schema import RuleBook

QUESTIONS = ["第二十条是什么内容", "第99条规定了什么", "第三十五条讲的啥", "第二百条说了什么",
             "第二十条是说公布之日起施行吗", "第九百条", "第十四条"]


def corpus(law_set: str) -> Corpus:
    chunks = Corpus.parsed(shipped_source_paths())
    for law in select(law_set_names(law_set)):
        doc, parts = law_document(law)
        extra = {"doc_lacks": doc.lacks or "", "doc_date": doc.date or "", "doc_issuer": doc.issuer or "",
                 "doc_status": doc.status or ""}
        chunks += [StoredChunk(c.id, c.text, {**c.metadata(""), **extra}) for c in parts]
    return Corpus(chunks)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--laws", default="default", choices=["default", "all"])
    args = ap.parse_args()
    started = time.perf_counter()
    kb = corpus(args.laws)
    snap = Snapshot.of(kb, RuleBook())
    print(f"{len(kb.laws)} laws, {len(kb.chunks)} chunks, parsed in {time.perf_counter() - started:.1f} s")
    print("| question | reason | laws with it | options | checked | lookup ms | answer ms |")
    print("|---|---|---|---|---|---|---|")
    for q in QUESTIONS:
        lookups = []
        for _ in range(20):
            t = time.perf_counter()
            r = kb.search(q)
            lookups.append((time.perf_counter() - t) * 1000)
        answers = []
        for _ in range(3):
            t = time.perf_counter()
            a = answer(snap, q, conversations=Conversations())
            answers.append((time.perf_counter() - t) * 1000)
        laws = len(r.signals.get("laws", [])) if r.reason == "article_elsewhere" else 0
        print(f"| {q} | {r.reason} | {laws} | {'、'.join(o['value'] for o in a.options)} | {a.check.passed} "
              f"| {statistics.median(lookups):.1f} | {statistics.median(answers):.0f} |")


if __name__ == "__main__":
    main()
