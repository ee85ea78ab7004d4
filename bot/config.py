"""Settings of the assistant itself (model, database, audit), read from WENZE_* variables.

The knowledge settings (data folder, index, embeddings) live in knowledge.config; both read the
same environment so that one `.env` configures everything.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from knowledge.config import _default_data_dir

MAX_LLM_TIMEOUT = 20.0     # seconds; a chat user will not wait longer than this for a draft


class BotSettings(BaseSettings):
    """What the answer pipeline needs besides the knowledge base."""

    model_config = SettingsConfigDict(env_prefix="WENZE_", extra="ignore", env_ignore_empty=True)

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


_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{30,}$")


def _id_list(value: object) -> list[int]:
    """"123, 456" (what people put in .env) as well as a JSON list."""
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [int(v) for v in re.split(r"[,\s]+", value.strip().strip("[]")) if v]
    return [int(v) for v in value]  # type: ignore[union-attr]


class TelegramSettings(BaseSettings):
    """The Telegram front. The token is read from TELEGRAM_BOT_TOKEN and is never printed."""

    model_config = SettingsConfigDict(env_prefix="WENZE_TELEGRAM_", extra="ignore", populate_by_name=True,
                                      env_ignore_empty=True)

    token: SecretStr | None = Field(default=None, validation_alias="TELEGRAM_BOT_TOKEN")
    # python-telegram-bot's base_url form, for a self-hosted Bot API server: http://host:8081/bot
    api_url: str = "https://api.telegram.org/bot"
    file_url: str | None = None
    admins: Annotated[list[int], NoDecode] = []
    trainers: Annotated[list[int], NoDecode] = []
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


def load_telegram_settings() -> TelegramSettings:
    return TelegramSettings()
