"""What moving the reply state into the SQL database costs per update: a conversation read and
write (follow-ups, the pending missing-fact question), a question budget spent, the inbox claim
and its release, and reading the index pointer. SQLite by default; any SQLAlchemy URL with --url
(PostgreSQL: postgresql+psycopg://…).

    python benchmarks/replica_state_bench.py [--url URL] [--n 500]
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from rules.engine import Missing
from rules.facts import Facts

from bot.storage.conversations import StoredConversations
from bot.storage.db import open_engine
from bot.storage.state import BotState


def _timed(fn, n: int) -> tuple[float, float]:
    samples = []
    for i in range(n):
        t = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url")
    ap.add_argument("--n", type=int, default=500)
    args = ap.parse_args()
    url = args.url or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    engine = open_engine(url)
    conversations = StoredConversations(engine, lambda k: f"h{k}")
    state = BotState(engine, exclusive=False)
    state.heartbeat("bench")
    facts = Facts(severity="较大", roles=["街道党政领导正职"], accident=True)
    missing = Missing("severity", "是哪一级公共安全责任事故？", [{"label": "重大事故", "value": "重大"}])

    def turn(i: int) -> None:
        conversations._load(f"c{i % 50}")
        conversations._save(f"c{i % 50}", conversations_turn(facts, missing))

    def conversations_turn(f, m):
        from bot.core.conversation import Turn

        return Turn(f, m, time.time())

    rows = [("conversation read + write", _timed(turn, args.n)),
            ("question budget spent", _timed(lambda i: state.take_question(f"u{i % 50}", 10**6), args.n)),
            ("inbox claim + done", _timed(lambda i: (state.receive(10**6 + i, {"update_id": i}, "bench"),
                                                    state.handled(10**6 + i)), args.n))]
    print(f"{engine.dialect.name}, {args.n} each:")
    for name, (p50, p95) in rows:
        print(f"  {name:<28} p50 {p50:.2f} ms  p95 {p95:.2f} ms")


if __name__ == "__main__":
    main()
