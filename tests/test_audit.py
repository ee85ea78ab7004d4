"""The audit trail on a real SQLite file: migrations, what a record holds, export, failure."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import inspect

from bot.storage.audit import AuditLog, export
from bot.settings import Settings
from bot.storage.db import MIGRATIONS, current_revision, open_engine
from bot.core.assistant import Assistant, _open_audit


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path)


@pytest.fixture
def pipeline(snapshot, settings) -> Assistant:
    return Assistant(settings, snapshot, audit=AuditLog.open(settings))


def test_migrations_are_numbered_and_bring_a_new_database_to_the_newest(settings):
    files = sorted(p.name for p in (MIGRATIONS / "versions").glob("*.py"))
    assert files and all(f[:4].isdigit() for f in files)
    engine = open_engine(settings.db_url())
    assert (settings.data_dir / "wenze.db").exists()
    assert current_revision(engine) == files[-1][:4]
    assert "answers" in inspect(engine).get_table_names()
    open_engine(settings.db_url())                       # idempotent on an up-to-date database
    assert current_revision(engine) == files[-1][:4]


def test_every_answer_is_recorded_with_what_it_rested_on(pipeline):
    a = pipeline.answer("较大事故街道主任会受什么处理", channel="telegram", user=123456, conversation="chat-1")
    row = list(pipeline.audit.rows())[-1]
    assert row["id"] == a.audit_id
    assert row["channel"] == "telegram" and row["question"] == "较大事故街道主任会受什么处理"
    assert row["user_hash"] and "123456" not in row["user_hash"] and len(row["user_hash"]) == 32
    assert row["user_hash"] == pipeline.audit.hash_id("telegram", 123456)
    assert row["user_hash"] != pipeline.audit.hash_id("console", 123456)
    assert "sz-accountability-2009:art14" in row["passage_ids"]
    assert row["facts"]["severity"] == "较大" and row["decision"]["measures"] == {"街道党政领导正职": ["责令公开道歉"]}
    assert row["source"] == "rules" and row["check_passed"] is True and row["problems"] == []
    assert row["answer"] == a.text and row["latency_ms"] > 0
    assert datetime.fromisoformat(row["created_at"]) > datetime.now(timezone.utc) - timedelta(minutes=1)


def test_declined_and_empty_questions_are_recorded_too(pipeline):
    pipeline.answer("今天股市行情怎么样")
    pipeline.answer("")
    rows = list(pipeline.audit.rows())
    assert [r["source"] for r in rows] == ["none", "none"] and rows[0]["grounded"] is False


def test_the_hash_key_is_created_once_and_kept_private(settings):
    first = AuditLog.open(settings)
    key = settings.data_dir / "audit.key"
    assert key.stat().st_mode & 0o077 == 0
    assert AuditLog.open(settings).hash_id("cli", 1) == first.hash_id("cli", 1)
    assert AuditLog.open(Settings(data_dir=settings.data_dir, audit_key="x")).hash_id("cli", 1) != first.hash_id("cli", 1)


def test_export_as_jsonl_and_csv_with_since(pipeline):
    pipeline.answer("较大事故街道主任会受什么处理")
    pipeline.answer("问责有哪几种方式")
    out = io.StringIO()
    assert export(pipeline.audit.rows(), "jsonl", out) == 2
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["question"] for r in lines] == ["较大事故街道主任会受什么处理", "问责有哪几种方式"]
    out = io.StringIO()
    export(pipeline.audit.rows(), "csv", out)
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(table) == 2 and json.loads(table[0]["decision"])["measures"]
    future = datetime.now(timezone.utc) + timedelta(days=1)
    assert list(pipeline.audit.rows(since=future)) == []
    assert len(list(pipeline.audit.rows(since=datetime(2020, 1, 1)))) == 2


def test_a_broken_database_costs_no_answer(snapshot, settings, tmp_path, caplog):
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    broken = Settings(data_dir=tmp_path, database_url=f"sqlite:///{bad}")
    assert _open_audit(broken) is None
    assert "audit trail unavailable" in caplog.text
    a = Assistant(broken, snapshot, audit=None).answer("较大事故街道主任会受什么处理")
    assert "责令公开道歉" in a.text


def test_a_write_that_fails_later_is_logged_and_the_answer_still_returned(pipeline, settings, caplog):
    with sqlite3.connect(settings.data_dir / "wenze.db") as conn:
        conn.execute("DROP TABLE answers")
    a = pipeline.answer("较大事故街道主任会受什么处理")
    assert a.audit_id is None and "责令公开道歉" in a.text
    assert "audit record lost" in caplog.text


def test_a_fallback_is_recorded_and_counted_for_stats_and_health(pipeline, settings, monkeypatch):
    """A draft that fails the checker is never sent; its fallback is audited with the problems,
    and the recent count is what /stats and `wenze health` report."""
    import bot.core.drafting as drafting

    assert pipeline.audit.fallbacks() == 0
    pipeline.answer("较大事故街道主任会受什么处理")
    monkeypatch.setattr(drafting, "compose", lambda outcome, book: "根据第十四条，对街道党政领导正职免职。")
    a = pipeline.answer("较大事故街道主任会受什么处理")
    row = [r for r in pipeline.audit.rows() if r["id"] == a.audit_id][0]
    assert row["source"] == "passages" and row["rejected"][0]["fallback_from"] == "rules"
    assert any("免职" in p for p in row["rejected"][0]["problems"])
    assert pipeline.audit.fallbacks() == 1
    assert pipeline.audit.fallbacks(days=0) == 0
