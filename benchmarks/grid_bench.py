"""The generated grid of rule questions (tests/test_answer_property.py) answered model-free with
no search (the rules' path when retrieval is down): how many answers fall back from their first
draft, by reason, and the time an answer takes.

    python benchmarks/grid_bench.py [--n 3000] [--seed 99]
"""
from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.core.assistant import Assistant  # noqa: E402
from bot.core.snapshot import Snapshot  # noqa: E402
from bot.settings import Settings  # noqa: E402
from knowledge.retrieval import Corpus  # noqa: E402
from rules.schema import RuleBook  # noqa: E402
from tests.test_answer_property import GRID, _no_fallback, sample  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=99)
    args = ap.parse_args()
    logging.disable(logging.ERROR)       # each fallback is counted here, not logged
    assistant = Assistant(Settings(data_dir=Path(tempfile.mkdtemp())), Snapshot.of(Corpus.shipped("grid_bench"), RuleBook()))
    questions = sample(min(args.n, len(GRID)), args.seed)
    reasons: Counter[str] = Counter()
    times = []
    for q in questions:
        started = time.perf_counter()
        why = _no_fallback(assistant.answer(q))
        times.append((time.perf_counter() - started) * 1000)
        if why:
            reasons[why[:100]] += 1
    print(f"grid: {len(GRID)} questions; answered {len(questions)} (seed {args.seed})")
    print(f"fallbacks: {sum(reasons.values())}/{len(questions)}")
    for why, n in reasons.most_common(10):
        print(f"  {n:4d}  {why}")
    print(f"ms per answer: p50 {statistics.median(times):.1f}, p95 {statistics.quantiles(times, n=20)[-1]:.1f}")


if __name__ == "__main__":
    main()
