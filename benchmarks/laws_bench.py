"""National laws in the index: ingest time (cold, and the re-run after a kill half-way), CPU and
memory of the ingest, index size, the first open of the index, query latency, and the dev
questions' recall@3 / MRR with and without the laws.

    python benchmarks/laws_bench.py                        # the default set (what `make run` prepares)
    python benchmarks/laws_bench.py --laws all             # every current law (352 laws, ~23,500 articles)
    python benchmarks/laws_bench.py --laws all --every 8   # every 8th of them, times extrapolated to all
    ... --skip-cold        # no separate cold run: the killed run is the cold figure until the kill
    python benchmarks/laws_bench.py --data DIR             # ranking only: DIR's embedding cache is reused

With --data, DIR's embedding cache (index/embeddings.sqlite of a folder that holds the laws) is
copied into every data folder first, so ranking can be measured again without re-embedding; the
ingest times printed are then the cache's, not cold ones.

The ingests run `wenze ingest` in a subprocess, as a user would, so the kill is a real SIGKILL
half-way through and the re-run is the command a user types again. CPU seconds are reported
beside wall time because this machine is shared: CPU per article is what the load does not
change, and CPU / 2 is what two idle cores would take. Each run uses fresh data folders under a
temporary directory; nothing of the user's is touched.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from knowledge.config import KnowledgeSettings  # noqa: E402
from knowledge.evaluation import load_questions  # noqa: E402
from knowledge.ingest import ingest  # noqa: E402
from knowledge.laws import law_set_names, prepared_laws, select  # noqa: E402
from knowledge.retrieval import KnowledgeBase  # noqa: E402
from knowledge.store import open_store  # noqa: E402

DEV = REPO / "tests" / "data" / "dev_questions.yaml"


def say(line: str) -> None:
    print(line, flush=True)


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def rss_mb() -> float:
    """Resident memory of this process now (not the peak)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def retrieval(kb: KnowledgeBase, questions: list[dict]) -> dict:
    """recall@3 and MRR over the answerable dev questions (same expectation format as `wenze eval`)."""
    from knowledge.evaluation import evaluate_retrieval

    got = evaluate_retrieval(kb, questions)
    a = got["retrieval"]["all"]
    return {"r@3": a["r@3"], "mrr": a["mrr"], "declined": f"{got['out_of_scope']['empty']}/{got['out_of_scope']['n']}"}


def national(kb: KnowledgeBase, laws: set[str]) -> str:
    """recall@3 of the blind national question set (tests/data/national_questions.yaml) on the
    laws in the index."""
    import yaml

    from rules.references import int_cn

    rows = yaml.safe_load((REPO / "tests/data/national_questions.yaml").read_text(encoding="utf-8"))["questions"]
    rows = [q for q in rows if q["law"] in laws]
    hits = sum(f"《{q['law']}》第{int_cn(q['article'])}条" in [p.label for p in kb.search(q["q"], k=3).passages]
               for q in rows)
    return f"{hits}/{len(rows)} = {hits / max(len(rows), 1):.2f}"


def latencies(kb: KnowledgeBase, questions: list[dict]) -> tuple[float, float]:
    times = []
    for _ in range(3):
        for q in questions:
            t = time.perf_counter()
            kb.search(q["q"], 5)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def queries_only(data: Path, questions: list[dict]) -> None:
    """The query side of an index built already (e.g. by `wenze ingest --laws all`), on a copy of
    it so the folder is never touched. CPU time per query is printed beside the wall time: on a
    shared machine the wall time grows with the load, the CPU time does not."""
    say(f"machine: {os.cpu_count()} cores, load average at start {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(data, copy)
        t, before = time.perf_counter(), rss_mb()
        kb = KnowledgeBase(open_store(KnowledgeSettings(data_dir=copy)))
        say(f"open: {time.perf_counter() - t:.1f} s, {len(kb.chunks)} chunks, {len(kb.laws)} laws, "
            f"{size_mb(copy):.0f} MB on disk, resident memory {rss_mb():.0f} MB ({rss_mb() - before:.0f} MB for the index)")
        say(f"dev: {retrieval(kb, questions)}; national R@3: {national(kb, {kb.titles[d] for d in kb.laws})}")
        cpu = time.process_time()
        p50, p95 = latencies(kb, questions)
        per = (time.process_time() - cpu) * 1000 / (3 * len(questions))
        say(f"query p50/p95 {p50:.1f}/{p95:.1f} ms wall; {per:.1f} ms CPU per query (mean); "
            f"load average {os.getloadavg()[0]:.1f}")


def wenze_ingest(data: Path, args: list[str], *, kill_after: int | None = None) -> dict:
    """Run `wenze ingest ARGS` on a data folder. With `kill_after`, SIGKILL it once the embedding
    cache holds that many more vectors than at the start. Returns wall and CPU seconds, peak RSS
    and the counts the command printed."""
    env = {**os.environ, "WENZE_DATA_DIR": str(data), "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "bot.fronts.cli", "ingest", *args]
    cache = data / "index" / "embeddings.sqlite"
    start_rows = cached_rows(cache)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    killed = False
    if kill_after is not None:
        while proc.poll() is None:
            time.sleep(0.5)
            if cached_rows(cache) - start_rows >= kill_after:
                proc.send_signal(signal.SIGKILL)
                killed = True
                break
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    counts = re.search(r"向量化 (\d+) 段，复用 (\d+) 段", out)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024,
            "killed": killed, "status": os.waitstatus_to_exitcode(status),
            "embedded": int(counts.group(1)) if counts else None, "reused": int(counts.group(2)) if counts else None,
            "cached_at_end": cached_rows(cache) - start_rows}


def cached_rows(cache: Path) -> int:
    if not cache.is_file():
        return 0
    try:
        with sqlite3.connect(f"file:{cache}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0]
    except sqlite3.Error:
        return 0


def per_article(wall: float, cpu: float, n: int, n_all: int) -> None:
    say(f"  per article: {1000 * wall / max(n, 1):.0f} ms wall, {1000 * cpu / max(n, 1):.0f} ms CPU; "
        f"for {n_all} articles: {wall / max(n, 1) * n_all / 60:.1f} min at this load, "
        f"{cpu / max(n, 1) * n_all / 2 / 60:.1f} min of CPU over 2 idle cores")


def stored(data: Path) -> dict[str, str]:
    """id → content hash of every chunk in a data folder's live index."""
    return {c.id: c.meta["content_hash"] for c in open_store(KnowledgeSettings(data_dir=data)).read_all()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--laws", default="default", choices=["default", "all"])
    ap.add_argument("--every", type=int, default=1,
                    help="ingest every Nth law of the set only and extrapolate the times to the whole set")
    ap.add_argument("--kill-at", type=float, default=0.5, help="fraction of the articles embedded before the kill")
    ap.add_argument("--skip-cold", action="store_true",
                    help="no separate cold run: the killed run is cold until the kill (half the embedding work)")
    ap.add_argument("--base", type=Path, default=None,
                    help="a data folder that already holds the shipped sources, copied instead of embedding them again")
    ap.add_argument("--tmp", type=Path, default=None, help="parent folder for the data folders")
    ap.add_argument("--data", type=Path, default=None,
                    help="a data folder whose embedding cache holds the laws' vectors (times are then not cold)")
    ap.add_argument("--queries", type=Path, default=None,
                    help="only query an index built already (a copy of this data folder): dev recall@3 / MRR, "
                         "national recall@3, query p50/p95 wall and CPU, memory")
    args = ap.parse_args()
    questions = load_questions(DEV)
    if args.queries:
        queries_only(args.queries, questions)
        return
    everything = select(law_set_names(args.laws))
    chosen = everything[::args.every]
    more = prepared_laws([law.name for law in chosen])
    n = sum(len(chunks) for _, chunks, _ in more)
    n_all = n if args.every == 1 else sum(len(c) for _, c, _ in prepared_laws([law.name for law in everything]))
    law_args = ["--laws", args.laws] if args.every == 1 else [a for law in chosen for a in ("--law", law.name)]
    say(f"laws: --laws {args.laws}" + (f", every {args.every}th law" if args.every > 1 else "")
        + f": {len(chosen)} laws, {n} articles (the whole set: {len(everything)} laws, {n_all} articles)")
    say(f"machine: {os.cpu_count()} cores, load average at start {os.getloadavg()[0]:.1f}, nice {os.nice(0)}")

    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        base = Path(tmp) / "base"
        if args.base:
            shutil.copytree(args.base, base)
        if args.data:
            (base / "index").mkdir(parents=True, exist_ok=True)
            shutil.copy(args.data / "index" / "embeddings.sqlite", base / "index" / "embeddings.sqlite")
        store = open_store(KnowledgeSettings(data_dir=base))
        t = time.perf_counter()
        ingest(store)
        say(f"shipped sources ingest: {time.perf_counter() - t:.1f} s" + (f" (over a copy of {args.base})" if args.base else ""))
        kb = KnowledgeBase(store)
        before = retrieval(kb, questions)
        p50_0, p95_0 = latencies(kb, questions)
        say(f"without laws: dev {before}; query p50/p95 {p50_0:.1f}/{p95_0:.1f} ms")

        cold_dir, resumed_dir = Path(tmp) / "cold", Path(tmp) / "resumed"
        shutil.copytree(base, resumed_dir)
        if not args.skip_cold:
            shutil.copytree(base, cold_dir)
            cold = wenze_ingest(cold_dir, law_args)
            say(f"cold ingest: {cold['wall']:.1f} s wall, {cold['cpu']:.1f} s CPU, peak RSS {cold['rss']:.0f} MB; "
                f"embedded {cold['embedded']}, reused {cold['reused']}; load {os.getloadavg()[0]:.1f}")
            per_article(cold["wall"], cold["cpu"], n, n_all)

        half = int(args.kill_at * n)
        killed = wenze_ingest(resumed_dir, law_args, kill_after=half)
        done = killed["cached_at_end"]
        say(f"killed run (cold until the kill): SIGKILL after {killed['wall']:.1f} s wall, {killed['cpu']:.1f} s CPU, "
            f"peak RSS {killed['rss']:.0f} MB, with {done} of {n} articles in the embedding cache "
            f"(killed: {killed['killed']}, exit {killed['status']}); live index still without the laws: "
            f"{not any(i.startswith('law-') for i in stored(resumed_dir))}")
        if args.skip_cold:
            per_article(killed["wall"], killed["cpu"], done, n_all)
        again = wenze_ingest(resumed_dir, law_args)
        say(f"re-run after the kill: {again['wall']:.1f} s wall, {again['cpu']:.1f} s CPU, peak RSS {again['rss']:.0f} MB; "
            f"embedded {again['embedded']}, reused {again['reused']}; "
            f"killed + re-run = {killed['wall'] + again['wall']:.1f} s wall")
        expected = {c.id: c.content_hash for _, chunks, _ in more for c in chunks}
        got = {i: h for i, h in stored(resumed_dir).items() if i.startswith("law-")}
        say(f"after the re-run, the laws' ids and content hashes are those the corpus gives: {got == expected} "
            f"({len(got)} chunks)" + ("" if args.skip_cold else
                                      f"; identical to the cold run's index: {stored(cold_dir) == stored(resumed_dir)}"))
        if args.skip_cold:
            cold_dir = resumed_dir
        repeat = wenze_ingest(cold_dir, law_args)
        say(f"second ingest of the same laws (idempotent): {repeat['wall']:.1f} s, embedded {repeat['embedded']}")

        index = cold_dir / "index"
        say(f"index on disk: {size_mb(index):.1f} MB, of which embedding cache "
            f"{size_mb(index / 'embeddings.sqlite'):.1f} MB")

        rss0 = rss_mb()
        store = open_store(KnowledgeSettings(data_dir=cold_dir))
        t = time.perf_counter()
        kb = KnowledgeBase(store)
        kb.search(questions[0]["q"], 5)
        say(f"open the index and answer a first search: {time.perf_counter() - t:.1f} s; "
            f"RSS {rss0:.0f} -> {rss_mb():.0f} MB")
        after = retrieval(kb, questions)
        p50, p95 = latencies(kb, questions)
        say(f"with laws: dev {after}; query p50/p95 {p50:.1f}/{p95:.1f} ms")
        say(f"national questions recall@3 (laws present): {national(kb, {d.title for d, _, _ in more})}")
        say(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; "
            f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
