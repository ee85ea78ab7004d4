"""Shared fixtures. The shipped sources are embedded once per test session (about 9 s) into a
session data folder; tests that write build small stores of their own."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
# A copy of ../shared/eval/dev_questions.yaml, so the suite runs wherever the repo is cloned.
DEV_QUESTIONS = DATA / "dev_questions.yaml"

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def ask_json(env: dict, question: str) -> dict:
    """`wenze ask --json` in `env` (a data folder), parsed; the command must succeed."""
    import json

    from click.testing import CliRunner

    from bot.fronts.cli import main

    out = CliRunner().invoke(main, ["ask", "--json", question], env=env)
    assert out.exit_code == 0, out.output
    return json.loads(out.output)


# The files that keep one worker longest (seconds of one worker in a merged run, the machine shared:
# tests/test_ingested_questions.py 159, test_laws.py 153, rules/test_ingested_drafts.py 129,
# test_ingest_kill.py 126, ...), first in that order. `make test` hands whole files to the workers
# (`--dist loadfile`) in collection order (`--no-loadscope-reorder`); xdist's own order, most tests
# first, left files of few slow tests (two SIGKILLed ingests, a law index) for the end, one worker
# working through them alone while the other waited.
SLOW_FIRST = ("tests/test_ingested_questions.py", "tests/test_laws.py", "tests/rules/test_ingested_drafts.py",
              "tests/test_ingest_kill.py", "tests/test_bench.py", "tests/test_faults.py", "tests/test_pipeline.py",
              "tests/test_telegram_end_to_end.py", "tests/test_telegram.py", "tests/rules/test_adversarial.py",
              "tests/test_which_law.py", "tests/test_answer_property.py", "tests/test_replicas.py")


def pytest_collection_modifyitems(config, items) -> None:
    """The slowest files first, the rest in their own order (a stable sort: a file's tests keep theirs)."""
    rank = {path: i for i, path in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))


_SEEDED: Path | None = None
_SHIPPED_EMBEDDED = False


def shipped_vectors_embedded() -> None:
    """The shipped sources' vectors in the run's shared embedding cache, embedded by one worker only.
    `pytest -n` starts its workers together, and each one's first index embedded the same sources
    at once (two embeddings of them on the same cores, each twice as slow); the first worker here
    embeds them while the others wait, and they find them cached. Called before a test's first
    index of the shipped sources; a run without workers has no one to wait for."""
    global _SHIPPED_EMBEDDED
    if _SHIPPED_EMBEDDED or not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    import fcntl

    from knowledge.config import KnowledgeSettings
    from knowledge.ingest import ingest
    from knowledge.store import open_store

    cache = Path(os.environ["WENZE_EMBEDDING_CACHE"])
    with open(cache.with_name("shipped-vectors.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = cache.with_name("shipped-vectors.done")
        if not done.exists():
            ingest(open_store(KnowledgeSettings(data_dir=cache.with_name("shipped-vectors"), embedding_cache=cache)))
            done.touch()
    _SHIPPED_EMBEDDED = True


def ingested_env(data_dir: Path, *documents: Path) -> dict:
    """`wenze ingest` of the shipped sources and then of each of `documents`, into `data_dir`, as a
    user does: the env a CliRunner needs to work on that index. The shipped sources' part is the
    same folder every time, so it is ingested once per process and copied."""
    from click.testing import CliRunner

    from bot.fronts.cli import main

    env = {"WENZE_DATA_DIR": str(data_dir)}
    runner = CliRunner()
    global _SEEDED
    if _SEEDED is None:
        shipped_vectors_embedded()
        # the shipped sources' index is the same in every such folder: built once per test process
        # (about ten seconds of embedding each), then copied under each test's own documents
        _SEEDED = Path(tempfile.mkdtemp(prefix="wenze-seeded-"))
        assert runner.invoke(main, ["ingest"], env={"WENZE_DATA_DIR": str(_SEEDED)}).exit_code == 0
    shutil.copytree(_SEEDED, data_dir, dirs_exist_ok=True)
    for document in documents:
        out = runner.invoke(main, ["ingest", str(document)], env=env)
        assert out.exit_code == 0, out.output
    return env


@pytest.fixture
def fake():
    """The local Bot API server (tests/fakes/telegram_server.py), one per test."""
    from tests.fakes.telegram_server import FakeTelegram

    with FakeTelegram() as server:
        yield server


@pytest.fixture(scope="session")
def session_data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("wenze-data")


@pytest.fixture(scope="session", autouse=True)
def shared_vectors(tmp_path_factory):
    """One embedding cache for every data folder of this run, the workers of `pytest -n` included
    (their temporary folders share a parent): the shipped sources and each test regulation are
    embedded once per run, not once per folder (the settings' `embedding_cache`). Set for the
    whole session, so that module fixtures that ingest (before any test's own set-up) use it."""
    root = tmp_path_factory.getbasetemp()
    path = (root.parent if os.environ.get("PYTEST_XDIST_WORKER") else root) / "embeddings.sqlite"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WENZE_EMBEDDING_CACHE", str(path))
        yield path


@pytest.fixture(autouse=True)
def _data_dir(monkeypatch, session_data_dir, shared_vectors):
    """Every test sees the session index unless it points WENZE_DATA_DIR elsewhere."""
    monkeypatch.setenv("WENZE_DATA_DIR", str(session_data_dir))
    monkeypatch.delenv("WENZE_CHROMA_URL", raising=False)
    monkeypatch.delenv("WENZE_EMBEDDING", raising=False)


@pytest.fixture(scope="session")
def kb(session_data_dir, shared_vectors):
    """The shipped sources, ingested once."""
    from knowledge.config import KnowledgeSettings
    from knowledge.retrieval import KnowledgeBase

    shipped_vectors_embedded()
    return KnowledgeBase.open(KnowledgeSettings(data_dir=session_data_dir, embedding_cache=shared_vectors))


@pytest.fixture(scope="session")
def book():
    """The shipped rule book, loaded once."""
    from rules.schema import RuleBook

    return RuleBook()


@pytest.fixture(scope="session")
def snapshot(kb, book):
    """The session index and the shipped rule book, as one Assistant snapshot."""
    from bot.core.snapshot import Snapshot

    return Snapshot.of(kb, book)


@pytest.fixture(scope="session")
def sources(book):
    """What the checker holds drafts to: the shipped documents."""
    from knowledge.retrieval import Corpus

    from bot.core.snapshot import checker_sources

    return checker_sources(Corpus.shipped(), book)


@pytest.fixture
def store_factory(tmp_path):
    """A fresh, empty local store in its own folder."""
    from knowledge.config import KnowledgeSettings
    from knowledge.store import IndexStore, open_store

    def make(**overrides) -> IndexStore:
        return open_store(KnowledgeSettings(data_dir=tmp_path / "data", **overrides))

    return make


STREET_HEAD = "街道主任"       # the shipped vocabulary reads it as 街道党政领导正职


def rule_folder(dest: Path, *, street_head_is_deputy: bool = False) -> Path:
    """A copy of the shipped rule files in `dest`; with `street_head_is_deputy`, one vocabulary
    word moved: 街道主任 is read as 街道党政领导分管副职 instead of 正职."""
    from rules.schema import data_dir

    dest.mkdir(parents=True, exist_ok=True)
    for name in ("regulation.yaml", "complaint.yaml", "vocabulary.yaml"):
        text = (data_dir() / name).read_text(encoding="utf-8")
        if name == "vocabulary.yaml" and street_head_is_deputy:
            assert f", {STREET_HEAD}," in text
            text = text.replace(f", {STREET_HEAD},", ",", 1)
            text = text.replace("街道党政领导分管副职: [街道党政领导分管副职,", f"街道党政领导分管副职: [街道党政领导分管副职, {STREET_HEAD},", 1)
        (dest / name).write_text(text, encoding="utf-8")
    return dest
