"""Ranking with national laws in the index, on a prepared data folder (nothing is embedded but the
questions): the dev questions' recall@3 / MRR, the dev out-of-scope questions declined, and the
blind national questions' recall@3 on the laws present, with the questions that miss.

    python benchmarks/laws_ranking.py DIR [DIR ...]     # e.g. a copy of a folder after `wenze ingest --laws all`
    python benchmarks/laws_ranking.py DIR --misses      # and each question outside the top 3, with what came first

The same computations as `wenze eval retrieval` (knowledge.evaluation) and benchmarks/laws_bench.py,
without the ingest: a data folder of each size (the shipped sources only, 10, 140, 352 laws) is
measured in seconds, so a change to the ranking can be measured at every size.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402

from knowledge.config import KnowledgeSettings  # noqa: E402
from knowledge.evaluation import evaluate_retrieval, load_questions  # noqa: E402
from knowledge.retrieval import KnowledgeBase  # noqa: E402
from knowledge.store import open_store  # noqa: E402
from rules.references import int_cn  # noqa: E402

DATA = REPO / "tests" / "data"
# a question about the Shenzhen table, which its article must answer first however many laws share its words
TABLE_QUESTIONS = ["较大事故街道主任会受什么处理", "较大事故街道主任要公开道歉吗"]


def national(kb: KnowledgeBase) -> tuple[int, int, list[str]]:
    """Hits in the top 3 of the blind national questions whose law is in the index, and the misses."""
    rows = yaml.safe_load((DATA / "national_questions.yaml").read_text(encoding="utf-8"))["questions"]
    present = set(kb.titles.values())
    rows = [q for q in rows if q["law"] in present]
    misses = []
    for q in rows:
        want = f"《{q['law']}》第{int_cn(q['article'])}条"
        got = [p.label for p in kb.search(q["q"], k=3).passages]
        if want not in got:
            misses.append(f"{q['q']}: want {want}, got {' '.join(got) or 'nothing'}")
    return len(rows) - len(misses), len(rows), misses


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path, nargs="+", help="data folders holding an index (use a copy)")
    ap.add_argument("--misses", action="store_true", help="print the questions outside the top 3")
    args = ap.parse_args()
    questions = load_questions(DATA / "dev_questions.yaml")
    for data in args.data:
        t = time.perf_counter()
        kb = KnowledgeBase(open_store(KnowledgeSettings(data_dir=data)))
        laws = len(kb.laws)
        law_chunks = sum(1 for c in kb.chunks if c.meta.get("law_id"))
        opened = time.perf_counter() - t
        dev = evaluate_retrieval(kb, questions)
        a, out = dev["retrieval"]["all"], dev["out_of_scope"]
        hits, n, missed = national(kb)
        print(f"{data}: {laws} laws, {law_chunks} law chunks, {len(kb.chunks) - law_chunks} others (opened in {opened:.1f} s)")
        print(f"  dev recall@3 {a['r@3']:.3f}  MRR {a['mrr']:.3f}  out-of-scope declined {out['empty']}/{out['n']}"
              f"  national recall@3 {hits}/{n}")
        for q in TABLE_QUESTIONS:
            print(f"  {q}: first {kb.search(q, k=1).passages[0].label}")
        if args.misses:
            for m in dev["misses"]:
                print(f"  dev miss: {m['q']}: rank {m['rank']}, got {' '.join(m['got'])}")
            for m in missed:
                print(f"  national miss: {m}")


if __name__ == "__main__":
    main()
