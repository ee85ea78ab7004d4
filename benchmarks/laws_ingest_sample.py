"""Per-article cost of ingesting a few laws into an index that holds the shipped sources: wall
and CPU time per article, the CPU being what the load of a shared machine does not change.

    python benchmarks/laws_ingest_sample.py 中华人民共和国保险法 中华人民共和国证券法 中华人民共和国公务员法
    python benchmarks/laws_ingest_sample.py --profile NAME ...    # and where the time goes (cProfile)

The shipped sources are embedded first (or copied from --base, a data folder holding them) and
are not counted. Each run uses a fresh temporary data folder.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knowledge.config import KnowledgeSettings  # noqa: E402
from knowledge.ingest import ingest  # noqa: E402
from knowledge.laws import prepared_laws  # noqa: E402
from knowledge.store import open_store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("laws", nargs="+", help="exact names, as `wenze laws` lists them")
    ap.add_argument("--base", type=Path, default=None, help="a data folder that already holds the shipped sources")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.base:
            shutil.copytree(args.base, tmp, dirs_exist_ok=True)
        store = open_store(KnowledgeSettings(data_dir=Path(tmp)))
        ingest(store)
        more = prepared_laws(args.laws)
        profiler = cProfile.Profile() if args.profile else None
        load = os.getloadavg()[0]
        t, c = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        report = ingest(store, more=more)
        if profiler:
            profiler.disable()
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        n = max(report.embedded, 1)
        print(f"{report.embedded} articles: wall {wall:.1f} s = {1000 * wall / n:.0f} ms per article, "
              f"CPU {1000 * cpu / n:.0f} ms per article; load average {load:.1f} -> {os.getloadavg()[0]:.1f}; "
              f"OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY')}")
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(15)


if __name__ == "__main__":
    main()
