"""SIGKILL during an ingest (a real `wenze ingest` process), embedded and on a Chroma server: the
previous index keeps answering, and running the ingest again completes with the same chunk ids and
counts as before."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from knowledge.config import KnowledgeSettings
from knowledge.retrieval import KnowledgeBase
from knowledge.store import open_store
from tests.chroma import chroma_server

pytestmark = pytest.mark.slow
WENZE = shutil.which("wenze") or str(Path(sys.executable).with_name("wenze"))
QUESTION = "较大事故街道主任会受什么处理"


def _env(data: Path, chroma_url: str | None) -> dict:
    env = {**os.environ, "WENZE_DATA_DIR": str(data), "ANONYMIZED_TELEMETRY": "False"}
    env.pop("WENZE_CHROMA_URL", None)
    # the folder's own vector cache, which the kill below empties (not the run's shared one)
    env.pop("WENZE_EMBEDDING_CACHE", None)
    if chroma_url:
        env["WENZE_CHROMA_URL"] = chroma_url
        env["WENZE_COLLECTION"] = "killed"
    return env


def _wenze(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([WENZE, *args], env=env, capture_output=True, text=True, timeout=300)


def _contents(data: Path, chroma_url: str | None) -> tuple[set[str], Counter]:
    store = open_store(KnowledgeSettings(data_dir=data, chroma_url=chroma_url,
                                         collection="killed" if chroma_url else "wenze"))
    chunks = store.read_all()
    return {c.id for c in chunks}, Counter(c.meta["doc_id"] for c in chunks)


def _answers(env: dict) -> None:
    """The index answers: a rules answer quoting 第十四条 from it (a `wenze ask` process), and a
    search by meaning of the same index (opened here, never built: a process start costs seconds
    of imports, and the command's own path is tested in tests/test_cli.py)."""
    ask = _wenze(env, "ask", "--json", QUESTION)
    assert ask.returncode == 0, ask.stderr[-2000:]
    answer = json.loads(ask.stdout)
    assert "责令公开道歉" in answer["answer"] and answer["check"]["passed"]
    assert any(c["article"] == 14 for c in answer["citations"])
    chroma_url = env.get("WENZE_CHROMA_URL")
    settings = KnowledgeSettings(data_dir=Path(env["WENZE_DATA_DIR"]), chroma_url=chroma_url,
                                 collection="killed" if chroma_url else "wenze")
    found = KnowledgeBase.open(settings, build=False).search("市民对政府部门不满意可以向哪里投诉")
    assert found.passages, "the index returned nothing"


def _kill_mid_ingest(env: dict, started) -> None:
    """Start `wenze ingest --rebuild` and SIGKILL it once it has begun writing the new generation.
    The embedding cache goes first: with every vector cached the rebuild is over before a kill."""
    for cached in (Path(env["WENZE_DATA_DIR"]) / "index").glob("embeddings.sqlite*"):
        cached.unlink()
    proc = subprocess.Popen([WENZE, "ingest", "--rebuild"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 120
        while not started():
            assert proc.poll() is None, f"ingest ended before it was killed: {proc.stderr.read()[-2000:]}"
            assert time.time() < deadline, "the ingest never began writing"
            time.sleep(0.05)
        time.sleep(3)                            # well inside the embedding of the sources (~10 s)
        assert proc.poll() is None, "ingest finished before the kill: nothing was tested"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL


def test_sigkill_during_an_embedded_ingest(kb, session_data_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(session_data_dir / "index", data / "index",
                    ignore=shutil.ignore_patterns("write.lock"))
    env = _env(data, None)
    before = _contents(data, None)
    live = (data / "index" / "CURRENT").read_text()
    gens = {p.name for p in (data / "index").glob("gen-*")}

    _kill_mid_ingest(env, lambda: any(p.name not in gens and (p / "chroma.sqlite3").exists()
                                      for p in (data / "index").glob("gen-*")))
    assert (data / "index" / "CURRENT").read_text() == live
    _answers(env)
    assert _contents(data, None) == before

    again = _wenze(env, "ingest", "--rebuild")
    assert again.returncode == 0, again.stderr[-2000:]
    assert (data / "index" / "CURRENT").read_text() != live
    assert _contents(data, None) == before
    _answers(env)
    assert len(list((data / "index").glob("gen-*"))) <= 2        # the killed one's folder is gone


def test_sigkill_during_an_ingest_on_a_chroma_server(tmp_path):
    with chroma_server(tmp_path / "chroma") as url:
        data = tmp_path / "data"
        env = _env(data, url)
        # the first, whole index from the run's shared vectors (only the killed rebuild must embed)
        first = _wenze({**env, "WENZE_EMBEDDING_CACHE": os.environ["WENZE_EMBEDDING_CACHE"]}, "ingest")
        assert first.returncode == 0, first.stderr[-2000:]
        store = open_store(KnowledgeSettings(data_dir=data, chroma_url=url, collection="killed"))
        live = store.generation()
        before = _contents(data, url)

        def names() -> set[str]:
            return {c.name for c in store._client(None).list_collections()}

        _kill_mid_ingest(env, lambda: any(n.startswith("killed-gen-") and n != live for n in names()))
        assert store.generation() == live
        orphans = {n for n in names() if n.startswith("killed-gen-")} - {live}
        assert orphans                                         # the half-written collection, pointed at by nobody
        _answers(env)
        assert _contents(data, url) == before

        # the rebuild from the run's shared vectors: going on from the vectors a killed ingest left in
        # the folder's own cache is the embedded test's; this one is about the orphaned collection
        again = _wenze({**env, "WENZE_EMBEDDING_CACHE": os.environ["WENZE_EMBEDDING_CACHE"]}, "ingest", "--rebuild")
        assert again.returncode == 0, again.stderr[-2000:]
        assert store.generation() != live and not (orphans & names())
        assert _contents(data, url) == before
        _answers(env)
