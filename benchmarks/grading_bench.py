"""Grading the checker's adversarial drafts (tests/rules/adversarial_drafts.yaml) as if trainees had
written them: how the sentences are marked, how many wrong drafts get at least one ❌ or ⚠️ and
right drafts only ✅, how many ❌ quote the article that says otherwise, and the time a grade takes
(the marks only; the reference answer is one ordinary answer, timed by answer_bench.py).

    python benchmarks/grading_bench.py
"""
from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.core.grading import grade  # noqa: E402
from bot.core.sources import shipped_sources  # noqa: E402
from rules.schema import RuleBook  # noqa: E402


def main() -> None:
    drafts = yaml.safe_load((REPO / "tests/rules/adversarial_drafts.yaml").read_text(encoding="utf-8"))["drafts"]
    known = set((REPO / "tests/rules/adversarial_known_gaps.txt").read_text(encoding="utf-8").split())
    book, sources = RuleBook(), shipped_sources()
    marks: Counter = Counter()
    flagged = all_right = quoted = unscored = 0
    wrong_n = right_n = 0
    times = []
    for d in drafts:
        if d["id"] in known:
            continue
        start = time.perf_counter()
        g = grade(book, sources, d["question"], d["draft"])
        times.append((time.perf_counter() - start) * 1000)
        marks.update(s.mark for s in g.sentences)
        unscored += len(g.unscored)
        quoted += sum(s.mark == "wrong" and s.reference is not None for s in g.sentences)
        if d["wrong"]:
            wrong_n += 1
            flagged += not g.passed
        else:
            right_n += 1
            all_right += g.passed
    times.sort()
    print(f"drafts graded: {wrong_n + right_n} ({len(known)} known gaps of the checker left out)")
    print(f"wrong drafts with at least one ❌/⚠️: {flagged}/{wrong_n}")
    print(f"right drafts with only ✅: {all_right}/{right_n}")
    print(f"sentences: {marks['right']} ✅, {marks['wrong']} ❌ ({quoted} with the article quoted), "
          f"{marks['no_basis']} ⚠️, {unscored} unscored (framing)")
    print(f"grade time per answer: p50 {statistics.median(times):.1f} ms, "
          f"p95 {times[int(len(times) * 0.95) - 1]:.1f} ms, max {times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
