"""Shared fixtures. The shipped sources are embedded once per test session (about 9 s) into a
session data folder; tests that write build small stores of their own."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
# A copy of ../shared/eval/dev_questions.yaml, so the suite runs wherever the repo is cloned.
DEV_QUESTIONS = DATA / "dev_questions.yaml"

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture(scope="session")
def session_data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("wenze-data")


@pytest.fixture(autouse=True)
def _data_dir(monkeypatch, session_data_dir):
    """Every test sees the session index unless it points WENZE_DATA_DIR elsewhere."""
    monkeypatch.setenv("WENZE_DATA_DIR", str(session_data_dir))
    monkeypatch.delenv("WENZE_CHROMA_URL", raising=False)
    monkeypatch.delenv("WENZE_EMBEDDING", raising=False)


@pytest.fixture(scope="session")
def kb(session_data_dir):
    """The shipped sources, ingested once."""
    from knowledge.config import KnowledgeSettings
    from knowledge.retrieval import KnowledgeBase

    return KnowledgeBase.open(KnowledgeSettings(data_dir=session_data_dir))


@pytest.fixture
def store_factory(tmp_path):
    """A fresh, empty local store in its own folder."""
    from knowledge.config import KnowledgeSettings
    from knowledge.embeddings import get_embedder
    from knowledge.store import IndexStore

    def make(**overrides) -> IndexStore:
        settings = KnowledgeSettings(data_dir=tmp_path / "data", **overrides)
        return IndexStore(settings, get_embedder(settings))

    return make
