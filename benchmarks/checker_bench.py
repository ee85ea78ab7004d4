"""The checker on the adversarial drafts (tests/rules/adversarial_drafts.yaml, written blind from
the sources): caught wrong drafts and false alarms on right ones, per kind of claim, and the
time a check takes.

    python benchmarks/checker_bench.py [--show wrong|right|all]
    python benchmarks/checker_bench.py --answers tests/data/dev_questions.yaml   # time the check adds per answer
    python benchmarks/checker_bench.py --ingest tests/data/chengchuan-food-2034.md --file tests/rules/ingested_drafts.yaml
        # the sources with a document's parsed chunks added, as after `wenze ingest` of it
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.core.sources import shipped_sources, with_documents  # noqa: E402
from rules.checker import check  # noqa: E402
from rules.schema import RuleBook  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", choices=["wrong", "right", "all"], default=None,
                    help="print the drafts the checker gets wrong")
    ap.add_argument("--file", default=str(REPO / "tests/rules/adversarial_drafts.yaml"))
    ap.add_argument("--answers", help="a question set: time the checker inside the answer path instead")
    ap.add_argument("--ingest", action="append", default=[], metavar="FILE",
                    help="add this document's parsed chunks to the sources (repeatable)")
    args = ap.parse_args()
    if args.answers:
        return answers(Path(args.answers))
    drafts = yaml.safe_load(Path(args.file).read_text(encoding="utf-8"))["drafts"]
    book = RuleBook()
    sources = with_documents([Path(f) for f in args.ingest]) if args.ingest else shipped_sources()
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])   # wrong, caught, right, alarms
    times = []
    for d in drafts:
        t = time.perf_counter()
        r = check(d["question"], d["draft"], book, sources=sources)
        times.append((time.perf_counter() - t) * 1000)
        s = stats[d["kind"]]
        if d["wrong"]:
            s[0] += 1
            s[1] += not r.passed
            miss = r.passed
        else:
            s[2] += 1
            s[3] += not r.passed
            miss = not r.passed
        if miss and args.show in ("all", "wrong" if d["wrong"] else "right"):
            print(f"--- {d['id']} ({'wrong' if d['wrong'] else 'right'}) Q: {d['question']}\n{d['draft']}\n"
                  f"  why: {d.get('why', '')}\n  problems: {r.problems}")
    print(f"{'kind':<18}{'wrong':>6}{'caught':>8}{'right':>7}{'alarms':>8}")
    tot = [0, 0, 0, 0]
    for kind in sorted(stats):
        s = stats[kind]
        tot = [a + b for a, b in zip(tot, s)]
        print(f"{kind:<18}{s[0]:>6}{s[1]:>8}{s[2]:>7}{s[3]:>8}")
    print(f"{'total':<18}{tot[0]:>6}{tot[1]:>8}{tot[2]:>7}{tot[3]:>8}")
    q = statistics.quantiles(times, n=20)
    print(f"check latency: p50 {statistics.median(times):.1f} ms, p95 {q[18]:.1f} ms")


def answers(path: Path) -> None:
    """The time the checker adds to each model-free answer (the index is built on first use)."""
    import bot.core.pipeline as pipeline
    from bot.core.assistant import Assistant
    from bot.settings import Settings
    from knowledge.evaluation import load_questions

    spent: list[float] = []
    real = pipeline._check

    def timed(*a, **k):
        t = time.perf_counter()
        try:
            return real(*a, **k)
        finally:
            spent.append((time.perf_counter() - t) * 1000)

    pipeline._check = timed
    assistant = Assistant.open(Settings(), audit=False)
    questions = load_questions(path)
    for _ in range(3):
        for q in questions:
            assistant.answer(q["q"])
    q = statistics.quantiles(spent, n=20)
    print(f"checker time per answer over {len(spent)} answers: p50 {statistics.median(spent):.1f} ms, "
          f"p95 {q[18]:.1f} ms, max {max(spent):.1f} ms")


if __name__ == "__main__":
    main()
