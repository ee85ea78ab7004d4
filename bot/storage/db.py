"""The SQL database: a SQLite file in the data folder by default, any SQLAlchemy URL (PostgreSQL
in the deploy files) by WENZE_DATABASE_URL. The schema is whatever the numbered Alembic
migrations in bot/migrations/versions make it; opening the database brings it to the newest.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from sqlalchemy import (JSON, BigInteger, Boolean, Column, DateTime, Engine, Float, ForeignKey, Integer, MetaData,
                        String, Table, Text, UniqueConstraint, create_engine, event, text)

from rules.errors import WenzeError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
metadata = MetaData()
MIGRATION_LOCK = 0x77656E7A65          # the PostgreSQL advisory lock held while migrating ("wenze")

# Mirrors migration 0001; the migrations, not these, create the tables.
answers = Table(
    "answers", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("user_hash", String(64)),
    Column("conversation_hash", String(64)),
    Column("question", Text, nullable=False),
    Column("passage_ids", JSON, nullable=False),
    Column("facts", JSON),
    Column("decision", JSON),
    Column("source", String(16), nullable=False),
    Column("grounded", Boolean, nullable=False),
    Column("check_passed", Boolean, nullable=False),
    Column("problems", JSON, nullable=False),
    Column("rejected", JSON, nullable=False),
    Column("model", String(100)),
    Column("answer", Text, nullable=False),
    Column("latency_ms", Float, nullable=False),
)


# Mirror migration 0002.
profiles = Table(
    "profiles", metadata,
    Column("user_hash", String(64), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
feedback = Table(
    "feedback", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("answer_id", Integer, ForeignKey("answers.id")),
    Column("user_hash", String(64)),
    Column("helpful", Boolean, nullable=False),
    Column("reason", Text),
    Column("prompt_chat_id", BigInteger),          # migration 0003
    Column("prompt_message_id", BigInteger),
    UniqueConstraint("answer_id", "user_hash", name="one_feedback_per_user"),
)
question_sets = Table(
    "question_sets", metadata,
    Column("name", String(40), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(64)),
    Column("questions", JSON, nullable=False),
)
drills = Table(
    "drills", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("chat_id", BigInteger, nullable=False),
    Column("started_by", String(64)),
    Column("topic", String(40)),
    Column("questions", JSON, nullable=False),
    Column("position", Integer, nullable=False),
    Column("finished", Boolean, nullable=False),
)
drill_polls = Table(
    "drill_polls", metadata,
    Column("poll_id", String(64), primary_key=True),
    Column("drill_id", Integer, ForeignKey("drills.id"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("chat_id", BigInteger, nullable=False),
    Column("message_id", BigInteger),
)
drill_answers = Table(
    "drill_answers", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("poll_id", String(64), ForeignKey("drill_polls.poll_id"), nullable=False),
    Column("drill_id", Integer, nullable=False),
    Column("chat_id", BigInteger, nullable=False),
    Column("user_hash", String(64), nullable=False),
    Column("user_name", String(64), nullable=False),
    Column("correct", Boolean, nullable=False),
    UniqueConstraint("poll_id", "user_hash", name="one_answer_per_poll"),
)

# Mirrors migration 0004.
inbox = Table(
    "inbox", metadata,
    Column("update_id", BigInteger, primary_key=True, autoincrement=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("run_id", String(32), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("done", Boolean, nullable=False),
)

# Mirror migration 0005: what any replica needs to answer any update.
conversations = Table(
    "conversations", metadata,
    Column("key_hash", String(64), primary_key=True),
    Column("facts", JSON, nullable=False),
    Column("missing", JSON),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
budgets = Table(
    "budgets", metadata,
    Column("user_hash", String(64), primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("updated", Float, nullable=False),
)
runs = Table(
    "runs", metadata,
    Column("run_id", String(32), primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")      # readers (export) do not block the bot's writes
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


CONNECT_TIMEOUT = 5          # seconds to reach a database server
STATEMENT_TIMEOUT_MS = 15000  # a statement on PostgreSQL; SQLite's wait for a lock is busy_timeout


def _connect_args(url: str) -> dict:
    """Timeouts for a database server: one that does not answer fails a statement, not the bot."""
    if url.startswith("postgresql"):
        return {"connect_timeout": CONNECT_TIMEOUT, "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"}
    return {}


def quick_engine(engine: Engine, busy_ms: int) -> Engine:
    """A second engine on the same SQLite file whose writes wait at most `busy_ms` for a lock
    (the audit records: an answer must not wait 5 s behind another process); other databases,
    and in-memory SQLite, get the engine itself."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return engine
    quick = create_engine(engine.url)

    def pragmas(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
        cur.close()

    event.listen(quick, "connect", pragmas)
    return quick


def open_engine(url: str) -> Engine:
    """An engine on a database migrated to the newest schema."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args=_connect_args(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    upgrade(engine)
    return engine


class SchemaUnavailable(WenzeError):
    """The database cannot be brought to this version's schema for a reason outside the database
    itself (Alembic's CommandError): the migration scripts cannot be read, or a newer wenze has
    migrated the database past what this one knows. str() says which, in the operator's words."""


def upgrade(engine: Engine, revision: str = "head") -> None:
    """The schema brought to `revision`; SchemaUnavailable saying why when Alembic cannot
    (a database that refuses the writes raises SQLAlchemy's own errors, described by the caller)."""
    from alembic import command
    from alembic.config import Config
    from alembic.util.exc import CommandError

    logging.getLogger("alembic").setLevel(logging.WARNING)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                # replicas starting together on one database: one migrates, the others wait, then find
                # the schema at head (SQLite serialises writers by itself)
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except CommandError as err:
        raise SchemaUnavailable(_schema_advice(str(err))) from err


def _schema_advice(message: str) -> str:
    """Alembic's message (English, naming its own commands) as the cause and the repair."""
    if "Path doesn't exist" in message:        # Alembic tests the folder with os.access (the real uid)
        return f"读不到数据库迁移脚本 {MIGRATIONS}：请检查安装目录对本用户的读权限，或重新安装 wenze。"
    if "Can't locate revision" in message:
        found = re.search(r"identified by '([^']*)'", message)
        found = found.group(1) if found else "?"
        return (f"数据库的结构版本 {found} 是更新的 wenze 迁移的，本版本不认识："
                "请把本程序升级到与数据库相同的版本（不要降级后继续用同一个数据库）。")
    return f"数据库结构无法迁移到本版本（{message[:120]}）"


def current_revision(engine: Engine) -> str | None:
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
