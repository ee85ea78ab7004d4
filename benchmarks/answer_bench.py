"""Model-free answer latency, capacity, cold start and memory of the answer pipeline.

    python benchmarks/answer_bench.py [--questions tests/data/dev_questions.yaml] [--rounds 5] [--quick]

Everything it reads ships with the repository (tests/data/), so `make bench` runs on a fresh clone.
- capacity: one process answers every unique question once (the dev questions, the blind user
  questions, the off-topic ones and the 720 of the rule grid, no question twice), model-free,
  audit records written; answers per second, beside Telegram's 30 messages per second per bot.

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
DATA = REPO / "tests" / "data"
QUESTION = "较大事故街道主任会受什么处理"
TELEGRAM_MESSAGES_PER_SECOND = 30      # Telegram's limit for one bot, all chats together


def unique_questions() -> list[str]:
    """Every distinct question the repository ships, in a fixed order."""
    import yaml

    sys.path.insert(0, str(REPO))
    from tests.rules.test_reading import QUESTIONS as GRID

    qs = [q["q"] for q in yaml.safe_load((DATA / "dev_questions.yaml").read_text("utf-8"))["questions"]]
    qs += [q["q"] for q in yaml.safe_load((DATA / "user_questions_blind.yaml").read_text("utf-8"))["questions"]]
    qs += [line.strip() for line in (DATA / "off_topic.txt").read_text("utf-8").splitlines() if line.strip()]
    qs += [q["q"] for q in GRID]
    return list(dict.fromkeys(qs))


def capacity(limit: int | None) -> dict:
    from bot.core.assistant import Assistant
    from bot.settings import Settings

    questions = unique_questions()[:limit]
    assistant = Assistant.open(Settings())
    assistant.answer("预热")                       # one-off costs (first search) are not capacity
    t = time.perf_counter()
    for q in questions:
        assistant.answer(q, channel="bench")
    took = time.perf_counter() - t
    return {"questions": len(questions), "seconds": round(took, 1), "per_second": round(len(questions) / took, 1)}


def warm(questions_file: str, rounds: int, limit: int | None = None) -> dict:
    import yaml

    from bot.core.assistant import Assistant
    from bot.settings import Settings

    questions = [q["q"] for q in yaml.safe_load(Path(questions_file).read_text("utf-8"))["questions"]][:limit]
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


def cold(env: dict, n: int = 3) -> dict:
    exe = shutil.which("wenze") or str(Path(sys.executable).with_name("wenze"))
    runs = []
    for _ in range(n):
        t = time.perf_counter()
        proc = subprocess.Popen([exe, "ask", QUESTION], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t
        out = proc.stdout.read().decode()
        assert "责令公开道歉" in out, out
        runs.append((elapsed, usage.ru_maxrss / 1024))
    runs.sort()
    elapsed, rss = runs[len(runs) // 2]
    return {"first_answer_s": round(elapsed, 2), "peak_rss_mb": round(rss, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", default=str(DATA / "dev_questions.yaml"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="一轮、20 个问题、冷启动一次：检查脚本能跑（测试用）")
    parser.add_argument("--warm-only", type=int, default=None, help=argparse.SUPPRESS)   # N questions (0: all)
    parser.add_argument("--capacity-only", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.warm_only is not None:
        print(json.dumps(warm(args.questions, args.rounds, args.warm_only or None)))
        return
    if args.capacity_only is not None:
        print(json.dumps(capacity(args.capacity_only or None)))
        return
    if args.quick:
        args.rounds = 1
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "WENZE_DATABASE_URL": f"sqlite:///{tmp}/bench.db", "ANONYMIZED_TELEMETRY": "False"}
        # build the index (if missing) before anything is timed
        build = ("from bot.settings import Settings; from knowledge.retrieval import KnowledgeBase; "
                 "KnowledgeBase.open(Settings().knowledge)")
        subprocess.run([sys.executable, "-c", build],
                       env=env, check=True, capture_output=True)
        w = json.loads(subprocess.run([sys.executable, __file__, "--warm-only", "20" if args.quick else "0",
                                       "--questions", args.questions,
                                       "--rounds", str(args.rounds)], env=env, check=True,
                                      capture_output=True, text=True).stdout)
        cap = json.loads(subprocess.run([sys.executable, __file__, "--capacity-only", "20" if args.quick else "0"],
                                        env=env, check=True, capture_output=True, text=True).stdout)
        c = cold(env, 1 if args.quick else 3)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"warm (model-free, {w['answers']} answers): p50 {w['p50_ms']} ms, p95 {w['p95_ms']} ms, "
          f"max {w['max_ms']} ms; peak RSS {w['peak_rss_mb']} MB")
    print(f"capacity (one process, model-free, {cap['questions']} unique questions once each): "
          f"{cap['per_second']} answers/s (Telegram: {TELEGRAM_MESSAGES_PER_SECOND} messages/s per bot)")
    print(f"cold start to first answer (`wenze ask`): {c['first_answer_s']} s; peak RSS {c['peak_rss_mb']} MB")


if __name__ == "__main__":
    main()
