"""Model-free answer latency, cold start and memory of the answer pipeline.

    python benchmarks/answer_bench.py [--questions tests/data/dev_questions.yaml] [--rounds 5]

- warm: one process answers every dev question `rounds` times after one warm-up round (audit
  records written to a throw-away SQLite file, as in production); p50/p95 per answer.
- cold: `wenze ask QUESTION` in a fresh process, from the moment it is started until its answer
  is printed (the index already built), median of three runs, with that process's peak RSS.
- peak memory of the warm process.
Each measurement runs in its own process so its memory is its own.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
QUESTION = "较大事故街道主任会受什么处理"


def warm(questions_file: str, rounds: int) -> dict:
    import yaml

    from bot.core.assistant import Assistant
    from bot.settings import Settings

    questions = [q["q"] for q in yaml.safe_load(Path(questions_file).read_text("utf-8"))["questions"]]
    assistant = Assistant.open(Settings())
    for q in questions:
        assistant.answer(q)
    times = []
    for _ in range(rounds):
        for q in questions:
            t = time.perf_counter()
            assistant.answer(q, channel="bench")
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"answers": len(times), "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1), "max_ms": round(times[-1], 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def cold(env: dict) -> dict:
    exe = shutil.which("wenze") or str(Path(sys.executable).with_name("wenze"))
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        proc = subprocess.Popen([exe, "ask", QUESTION], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t
        out = proc.stdout.read().decode()
        assert "责令公开道歉" in out, out
        runs.append((elapsed, usage.ru_maxrss / 1024))
    runs.sort()
    elapsed, rss = runs[1]
    return {"first_answer_s": round(elapsed, 2), "peak_rss_mb": round(rss, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", default=str(REPO / "tests" / "data" / "dev_questions.yaml"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--warm-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.warm_only:
        print(json.dumps(warm(args.questions, args.rounds)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "WENZE_DATABASE_URL": f"sqlite:///{tmp}/bench.db", "ANONYMIZED_TELEMETRY": "False"}
        # build the index (if missing) before anything is timed
        build = ("from bot.settings import Settings; from knowledge.retrieval import KnowledgeBase; "
                 "KnowledgeBase.open(Settings().knowledge)")
        subprocess.run([sys.executable, "-c", build],
                       env=env, check=True, capture_output=True)
        w = json.loads(subprocess.run([sys.executable, __file__, "--warm-only", "--questions", args.questions,
                                       "--rounds", str(args.rounds)], env=env, check=True,
                                      capture_output=True, text=True).stdout)
        c = cold(env)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"warm (model-free, {w['answers']} answers): p50 {w['p50_ms']} ms, p95 {w['p95_ms']} ms, "
          f"max {w['max_ms']} ms; peak RSS {w['peak_rss_mb']} MB")
    print(f"cold start to first answer (`wenze ask`): {c['first_answer_s']} s; peak RSS {c['peak_rss_mb']} MB")


if __name__ == "__main__":
    main()
