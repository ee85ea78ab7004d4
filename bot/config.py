"""Settings of the assistant itself (model, database, audit), read from WENZE_* variables.

The knowledge settings (data folder, index, embeddings) live in knowledge.config; both read the
same environment so that one `.env` configures everything.
"""
from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from knowledge.config import _default_data_dir

MAX_LLM_TIMEOUT = 20.0     # seconds; a chat user will not wait longer than this for a draft


class BotSettings(BaseSettings):
    """What the answer pipeline needs besides the knowledge base."""

    model_config = SettingsConfigDict(env_prefix="WENZE_", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    # An OpenAI-compatible chat endpoint (DeepSeek, Qwen, vLLM, Ollama's /v1). Unset: no model.
    llm_url: str | None = None
    llm_model: str = "deepseek-chat"
    llm_key: SecretStr | None = None
    llm_timeout: float = MAX_LLM_TIMEOUT
    llm_retries: int = Field(default=1, ge=0, le=3)
    # SQLAlchemy URL of the audit database; default: a SQLite file in the data folder.
    database_url: str | None = None
    # Key for hashing user ids in the audit trail; default: a random key kept in the data folder.
    audit_key: SecretStr | None = None

    @field_validator("llm_timeout")
    @classmethod
    def _bounded_timeout(cls, v: float) -> float:
        if not 0 < v <= MAX_LLM_TIMEOUT:
            raise ValueError(f"WENZE_LLM_TIMEOUT 必须在 0 到 {MAX_LLM_TIMEOUT:g} 秒之间")
        return v

    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'wenze.db'}"


def load_bot_settings() -> BotSettings:
    return BotSettings()
