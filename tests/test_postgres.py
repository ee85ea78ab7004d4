"""The audit trail on a real PostgreSQL server, as the compose file runs it."""
from __future__ import annotations

import io
import json

import pytest

from bot.storage.audit import AuditLog, export
from bot.settings import Settings
from bot.storage.db import current_revision
from bot.core.assistant import Assistant
from tests import postgres

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not postgres.available(), reason="PostgreSQL (initdb, pg_ctl) is not installed")]


@pytest.fixture(scope="module")
def database_url(tmp_path_factory):
    with postgres.postgres_server(tmp_path_factory.mktemp("pg")) as url:
        yield url


def test_migrations_records_and_export_on_postgresql(snapshot, tmp_path, database_url):
    settings = Settings(data_dir=tmp_path, database_url=database_url)
    audit = AuditLog.open(settings)
    assert audit.engine.dialect.name == "postgresql"
    assert current_revision(audit.engine) == "0005"
    pipeline = Assistant(settings, snapshot, audit=audit)
    a = pipeline.answer("较大事故街道主任会受什么处理", channel="telegram", user=42)
    row = list(audit.rows())[-1]
    assert row["id"] == a.audit_id and row["decision"]["measures"] == {"街道党政领导正职": ["责令公开道歉"]}
    assert row["created_at"].endswith("+00:00")
    out = io.StringIO()
    export(audit.rows(), "jsonl", out)
    assert json.loads(out.getvalue().splitlines()[-1])["question"] == "较大事故街道主任会受什么处理"
