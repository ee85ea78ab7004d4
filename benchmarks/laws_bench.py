"""National laws in the index: ingest time, embedding cost per article, index size, memory, query
latency, and the dev questions' recall@3 / MRR with and without the laws.

    python benchmarks/laws_bench.py                 # the default set (what `make run` prepares)
    python benchmarks/laws_bench.py --laws all      # every current law (~26,000 articles, ~30 min)
    python benchmarks/laws_bench.py --data DIR      # ranking only, on a copy of a prepared folder

Each run uses a fresh data folder under a temporary directory; nothing of the user's is touched.
With --data, DIR's index (the shipped sources and the laws, with its embedding cache) is copied
there and both indexes are built from the cache, so ranking can be measured again without
re-embedding; the ingest time printed is then the cache's, not a cold one.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from knowledge.config import KnowledgeSettings  # noqa: E402
from knowledge.evaluation import load_questions  # noqa: E402
from knowledge.ingest import ingest  # noqa: E402
from knowledge.laws import law_set_names, prepared_laws  # noqa: E402
from knowledge.retrieval import KnowledgeBase  # noqa: E402
from knowledge.store import open_store  # noqa: E402

DEV = REPO / "tests" / "data" / "dev_questions.yaml"


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--laws", default="default", choices=["default", "all"])
    ap.add_argument("--data", type=Path, help="a data folder whose embedding cache holds the laws' vectors")
    args = ap.parse_args()
    questions = load_questions(DEV)
    with tempfile.TemporaryDirectory() as tmp:
        if args.data:
            import shutil

            (Path(tmp) / "index").mkdir()
            shutil.copy(args.data / "index" / "embeddings.sqlite", Path(tmp) / "index" / "embeddings.sqlite")
        store = open_store(KnowledgeSettings(data_dir=Path(tmp)))
        t = time.perf_counter()
        ingest(store)
        base_s = time.perf_counter() - t
        kb = KnowledgeBase(store)
        before = retrieval(kb, questions)
        p50_0, p95_0 = latencies(kb, questions)
        more = prepared_laws(law_set_names(args.laws))
        t = time.perf_counter()
        report = ingest(store, more=more)
        laws_s = time.perf_counter() - t
        kb = KnowledgeBase(store)
        after = retrieval(kb, questions)
        p50, p95 = latencies(kb, questions)
        print(f"laws: {args.laws} ({len(more)} laws, {report.embedded} articles embedded, {report.reused} reused)")
        print(f"shipped sources ingest: {base_s:.1f} s; laws ingest (cold): {laws_s:.1f} s "
              f"= {1000 * laws_s / max(report.embedded, 1):.0f} ms per article")
        print(f"index on disk: {size_mb(Path(tmp) / 'index'):.1f} MB (embedding cache included)")
        print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        print(f"query p50/p95 without laws: {p50_0:.1f}/{p95_0:.1f} ms; with: {p50:.1f}/{p95:.1f} ms")
        print(f"dev recall@3 / MRR without laws: {before}")
        print(f"dev recall@3 / MRR with laws:    {after}")
        print(f"national questions recall@3:     {national(kb, {d.title for d, _, _ in more})}")


if __name__ == "__main__":
    main()
