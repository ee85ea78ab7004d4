"""How long reading and parsing a regulation takes per file format (no embedding: that cost is the
same for every format and is measured by the ingest of the shipped sources).

    python benchmarks/ingest_formats_bench.py [--repeat N]

Writes the fictional regulation of the tests (tests/regulation_files.py) as Word, PDF, a saved web
page and GB18030 text into a temporary folder, then reads each N times through
knowledge.documents.load_document and knowledge.parsing.parse_document, and prints the median.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knowledge.documents import load_document  # noqa: E402
from knowledge.parsing import parse_document  # noqa: E402
from tests import regulation_files  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        files = regulation_files.write_all(Path(folder))
        print("| format | file size | read + parse, median of %d |" % args.repeat)
        print("|---|---|---|")
        for fmt, path in files.items():
            load_document(path)        # first import of the reader's library is not counted
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                parse_document(load_document(path))
                times.append(time.perf_counter() - start)
            print(f"| {fmt} | {path.stat().st_size / 1024:.0f} KB | {statistics.median(times) * 1000:.1f} ms |")


if __name__ == "__main__":
    main()
