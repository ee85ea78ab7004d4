"""The deploy files agree with the code: every setting is documented, the container runs as a
non-root user with the index built in and a health check, compose wires the three services."""
from __future__ import annotations

import configparser
import re
import tomllib
from pathlib import Path

import pytest
import yaml
from pydantic_settings import BaseSettings

from bot.settings import Settings, TelegramSettings
from knowledge.config import KnowledgeSettings

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"
REPO = DEPLOY.parent


def env_example() -> dict[str, str]:
    out = {}
    for line in (DEPLOY / ".env.example").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("=")
            out[key.strip()] = value.strip()
    return out


def setting_names() -> set[str]:
    """The variables the code reads: Settings is the one class that reads the environment."""
    names = set()
    for name, f in Settings.model_fields.items():
        alias = f.validation_alias
        names.add(alias.choices[0] if alias is not None else f"WENZE_{name}".upper())
    return names


def test_env_example_names_every_setting_and_no_other():
    documented = {k for k in env_example() if k != "POSTGRES_PASSWORD"}
    assert documented == setting_names()


def test_the_parts_handed_down_are_read_by_the_one_settings_class(monkeypatch, tmp_path):
    """Every knowledge and Telegram setting is a field of Settings, so none is read elsewhere,
    and the values reach the parts: a data folder is the index's folder too."""
    assert set(KnowledgeSettings.model_fields) <= set(Settings.model_fields)
    assert {f"telegram_{n}" for n in TelegramSettings.model_fields} <= set(Settings.model_fields)
    assert not issubclass(KnowledgeSettings, BaseSettings) and not issubclass(TelegramSettings, BaseSettings)
    monkeypatch.setenv("WENZE_CHROMA_URL", "http://chroma:8000")
    monkeypatch.setenv("WENZE_TELEGRAM_ADMINS", "1, 2")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    s = Settings(data_dir=tmp_path)
    assert s.knowledge.data_dir == tmp_path and s.knowledge.chroma_url == "http://chroma:8000"
    assert s.telegram.admins == [1, 2] and s.telegram.token.get_secret_value() == "123:abc"


def test_env_example_as_is_keeps_the_defaults(monkeypatch):
    for k, v in env_example().items():
        monkeypatch.setenv(k, v)
    s = Settings()
    assert s.data_dir == s.knowledge.data_dir == KnowledgeSettings().data_dir != Path("")
    assert s.llm_url is None and s.db_url().startswith("sqlite:///")
    t = s.telegram
    assert t.admins == [] and t.api_url == "https://api.telegram.org/bot" and t.webhook_url is None
    with pytest.raises(ValueError, match="没有配置"):
        t.checked_token()


def test_dockerfile_runs_as_a_user_with_the_index_built_and_a_health_check():
    text = (DEPLOY / "Dockerfile").read_text()
    lines = [l for l in text.splitlines() if l and not l.startswith("#")]
    user = next(i for i, l in enumerate(lines) if l.startswith("USER "))
    assert lines[user].split()[1] not in ("root", "0")
    ingest = next(i for i, l in enumerate(lines) if "wenze ingest" in l)
    assert ingest > user                              # the index belongs to the user that reads it
    assert re.search(r'HEALTHCHECK .*CMD \["wenze", "health"\]', text)
    assert 'CMD ["wenze", "start"]' in text
    assert "apt-get" not in text and "fonts-" not in text      # the CJK font comes from mplfonts


def test_compose_runs_the_bot_a_chroma_server_and_postgresql():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"bot", "ingest", "chroma", "postgres"}
    bot = services["bot"]
    assert bot["depends_on"]["ingest"]["condition"] == "service_completed_successfully"
    assert services["ingest"]["environment"] == bot["environment"]     # the same server and database
    assert bot["environment"]["WENZE_CHROMA_URL"] == "http://chroma:8000"
    assert bot["environment"]["WENZE_DATABASE_URL"].startswith("postgresql+psycopg://")
    assert bot["depends_on"]["postgres"]["condition"] == "service_healthy"
    pinned = next(d for d in tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
                  if d.startswith("chromadb=="))
    assert services["chroma"]["image"].endswith(":" + pinned.split("==")[1])
    assert "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])


def test_the_replicas_override_runs_webhook_bots_behind_a_load_balancer():
    compose = yaml.safe_load((DEPLOY / "compose.replicas.yaml").read_text())
    bot = compose["services"]["bot"]
    assert bot["command"] == ["wenze", "bot", "--webhook"]
    assert "WENZE_AUDIT_KEY" in bot["environment"] and "WENZE_TELEGRAM_WEBHOOK_URL" in bot["environment"]
    assert str(bot["environment"]["WENZE_TELEGRAM_WEBHOOK_PORT"]) == str(TelegramSettings().webhook_port)
    caddy = (DEPLOY / "Caddyfile").read_text()
    assert "reverse_proxy /telegram" in caddy and "name bot" in caddy
    assert f"port {TelegramSettings().webhook_port}" in caddy


def test_the_systemd_unit_runs_the_bot_unprivileged():
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.read_string((DEPLOY / "wenze.service").read_text())
    service = unit["Service"]
    assert service["ExecStart"].endswith("/.venv/bin/wenze bot")
    assert service["User"] not in ("root", "0") and service["NoNewPrivileges"] == "yes"
    assert service["Restart"] == "on-failure" and "EnvironmentFile" in service


def test_health_reports_ok_and_fails_without_an_index(kb, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from bot.fronts.cli import main

    monkeypatch.setenv("WENZE_DATABASE_URL", f"sqlite:///{tmp_path / 'h.db'}")
    assert CliRunner().invoke(main, ["health"]).output == "ok\n"
    monkeypatch.setenv("WENZE_DATA_DIR", str(tmp_path / "nothing"))
    result = CliRunner().invoke(main, ["health"])
    assert result.exit_code == 1 and "索引" in result.output
