"""The relevance gate on one data folder: of each question set, how many pass it and how many it
declines, and the ranking figures the gate must not cost (dev recall@3 / MRR, the national set's
recall@3).

    python benchmarks/gate_bench.py --data DIR        # e.g. a folder prepared with `wenze ingest --laws default`
    python benchmarks/gate_bench.py --data DIR -v     # and every question gated the wrong way, with its signals

The sets (tests/data/): dev_questions.yaml (answerable ones must pass, out-of-scope ones must be
declined), off_topic.txt before its first comment (declined by retrieval; the requests after it
are the guard's), off_topic_laws.txt (above its comment: declined whatever laws are ingested;
below it: legal questions whose law is not in the default set, declined while it is absent),
national_questions.yaml (the questions on the laws present must pass) and
user_questions_blind.yaml (all about the Shenzhen table: must pass); and the time of the gate's
first reading of a question (it opens the word table, knowledge/words.py), of the first search
and of the dev questions. Nothing is
ingested or written; the index is only read.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from knowledge.config import KnowledgeSettings  # noqa: E402
from knowledge.evaluation import evaluate_retrieval, load_questions  # noqa: E402
from knowledge.lexical import content_words  # noqa: E402
from knowledge.retrieval import KnowledgeBase  # noqa: E402
from knowledge.store import open_store  # noqa: E402
from rules.references import int_cn  # noqa: E402

DATA = REPO / "tests" / "data"


def lines(path: Path) -> tuple[list[str], list[str]]:
    """The questions of a text file above its first comment, and those below it."""
    above, below, seen_comment = [], [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            seen_comment = True
        elif line.strip():
            (below if seen_comment else above).append(line.strip())
    return above, below


def gate(kb: KnowledgeBase, questions: list[str], *, should_pass: bool, verbose: bool, name: str) -> str:
    """"passed/declined of n", and with verbose the questions on the wrong side, with signals."""
    passed = 0
    for q in questions:
        r = kb.search(q, k=5)
        ok = bool(r.passages)
        passed += ok
        if verbose and ok != should_pass:
            top = r.passages[0].label if r.passages else "-"
            sig = {k: round(v, 3) for k, v in r.signals.items()} if r.signals else {}
            print(f"   [{name}] {'PASSED' if ok else 'DECLINED'} {q}  {sig}  {top}", flush=True)
    n = len(questions)
    return f"{passed} passed, {n - passed} declined of {n}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="a data folder holding an index")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    t = time.perf_counter()
    content_words("北京到上海的高铁票多少钱")
    print(f"the gate's first reading of a question (opens the word table): {(time.perf_counter() - t) * 1000:.1f} ms")
    t = time.perf_counter()
    kb = KnowledgeBase(open_store(KnowledgeSettings(data_dir=args.data)))
    laws = {kb.titles[d] for d in kb.laws}
    print(f"index: {len(kb.chunks)} chunks, {len(laws)} laws, opened in {time.perf_counter() - t:.1f} s")

    dev = load_questions(DATA / "dev_questions.yaml")
    answerable = [q["q"] for q in dev if q.get("grounded") is not False]
    t = time.perf_counter()
    kb.search(answerable[0])
    first = (time.perf_counter() - t) * 1000
    times = []
    for _ in range(3):
        for q in answerable:
            t = time.perf_counter()
            kb.search(q)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(f"first search {first:.0f} ms; query p50 / p95 over the dev questions x3: "
          f"{statistics.median(times):.1f} / {times[int(0.95 * (len(times) - 1))]:.1f} ms")
    out_of_scope = [q["q"] for q in dev if q.get("grounded") is False and q.get("kind") != "injection"]
    got = evaluate_retrieval(kb, dev)["retrieval"]["all"]
    print(f"dev answerable: {gate(kb, answerable, should_pass=True, verbose=args.verbose, name='dev')}"
          f"; recall@3 {got['r@3']}, MRR {got['mrr']}")
    print(f"dev out of scope: {gate(kb, out_of_scope, should_pass=False, verbose=args.verbose, name='dev-oos')}")

    off, _ = lines(DATA / "off_topic.txt")
    print(f"off_topic.txt: {gate(kb, off, should_pass=False, verbose=args.verbose, name='off')}")
    risky, other_laws = lines(DATA / "off_topic_laws.txt")
    print(f"off_topic_laws.txt, off topic: {gate(kb, risky, should_pass=False, verbose=args.verbose, name='risky')}")
    print(f"off_topic_laws.txt, other laws: {gate(kb, other_laws, should_pass=False, verbose=args.verbose, name='law?')}")

    rows = [q for q in yaml.safe_load((DATA / "national_questions.yaml").read_text(encoding="utf-8"))["questions"]
            if q["law"] in laws]
    hits = sum(f"《{q['law']}》第{int_cn(q['article'])}条" in [p.label for p in kb.search(q["q"], k=3).passages]
               for q in rows)
    print(f"national (laws present): {gate(kb, [q['q'] for q in rows], should_pass=True, verbose=args.verbose, name='nat')}"
          f"; recall@3 {hits}/{len(rows)}")
    blind = [q["q"] for q in yaml.safe_load((DATA / "user_questions_blind.yaml").read_text(encoding="utf-8"))["questions"]]
    print(f"user_questions_blind.yaml: {gate(kb, blind, should_pass=True, verbose=args.verbose, name='blind')}")


if __name__ == "__main__":
    main()
