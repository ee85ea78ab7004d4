"""The audit trail: every answer, with what it rested on, so that a wrong one can be traced.

User ids are stored only as keyed hashes (HMAC-SHA256): enough to count a user's questions or
find their conversation on request, not enough to recover who they are from the database alone.
A failing database never costs the user their answer, nor a long wait: a record waits at most
LOCK_WAIT_MS for a lock, and after a failure the records of the next PAUSE_SECONDS are held in
memory (up to MAX_HELD) and written with the first record that succeeds; every loss is logged, and
`wenze health` fails while the trail cannot be written or read, saying why (`check`).

Citizens type names, addresses and case details into questions: the question and answer texts
are kept `audit_retention_days` (then blanked by `purge`, which the bot runs periodically and
`wenze audit purge` by hand); the rest of a row (what the answer rested on, its check, its
latency) stays for counting.
"""
from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import logging
import os
import secrets
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import Engine, func, insert, select, update

from rules.errors import WenzeError

from bot.settings import Settings
from bot.storage.db import answers, feedback, open_engine, quick_engine

LOCK_WAIT_MS = 250        # a record waits this long for another process's lock, not SQLite's 5 s
PAUSE_SECONDS = 30.0      # after a failed record, the next ones are held in memory this long
MAX_HELD = 1000           # records held while the database fails; older ones beyond this are lost (logged)

log = logging.getLogger(__name__)

EXPORT_COLUMNS = [c.name for c in answers.columns]
# What a blanked row keeps of its texts: nothing a user typed or an answer quoted back.
BLANK = {"question": "", "answer": "", "facts": None, "problems": [], "rejected": []}


def _key(settings: Settings) -> bytes:
    if settings.audit_key:
        return settings.audit_key.get_secret_value().encode()
    path = settings.data_dir / "audit.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    return Path(path).read_text().strip().encode()


class AuditUnavailable(WenzeError):
    """The audit trail cannot be written or read; str() says why (read-only, damaged, locked)."""


def describe(err: BaseException) -> str:
    """What is wrong with the database, in the words an operator acts on."""
    if isinstance(err, WenzeError):     # ours (SchemaUnavailable) already says it
        return str(err)
    text = str(getattr(err, "orig", None) or err).lower()
    if "readonly" in text or "read-only" in text or "read only" in text:
        return "审计数据库是只读的（请检查数据库文件及其文件夹的写权限）"
    if "locked" in text or "busy" in text:
        return "审计数据库被另一个进程锁住了（请找出并停止占用它的进程）"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return "审计数据库已损坏（请从备份恢复，或移走 wenze.db 后重新开始记录）"
    if "unable to open" in text or "permission" in text:
        return "打不开审计数据库（请检查路径和权限）"
    if "connect" in text or "timeout" in text or "could not" in text:
        return "连不上审计数据库（请检查 WENZE_DATABASE_URL 和数据库服务器）"
    return f"审计数据库出错（{type(err).__name__}）"


class AuditLog:
    def __init__(self, engine: Engine, key: bytes) -> None:
        self.engine = engine
        self._key = key
        self._quick = quick_engine(engine, LOCK_WAIT_MS)
        self._held: list[dict] = []
        self._paused_until = 0.0
        self._lock = threading.Lock()
        self.last_error: str | None = None

    @classmethod
    def open(cls, settings: Settings) -> "AuditLog":
        return cls(open_engine(settings.db_url()), _key(settings))

    def hash_id(self, channel: str, value: str | int | None) -> str | None:
        if value is None:
            return None
        return hmac.new(self._key, f"{channel}:{value}".encode(), hashlib.sha256).hexdigest()[:32]

    def record(self, row: dict) -> int | None:
        """Store one answer (and any held before it); returns its id, or None when the database
        failed: the row is then held in memory and written with a later record (logged)."""
        row = {"created_at": datetime.now(timezone.utc), **row}
        with self._lock:
            if time.monotonic() < self._paused_until:
                self._hold(row)
                return None
            try:
                with self._quick.begin() as conn:
                    if self._held:
                        conn.execute(insert(answers), self._held)
                    new_id = conn.execute(insert(answers).values(**row)).inserted_primary_key[0]
            except Exception as err:     # SQLAlchemyError, or sqlite3's own from a connect-time pragma
                self.last_error = describe(err)
                self._paused_until = time.monotonic() + PAUSE_SECONDS
                self._hold(row)
                log.error("audit record lost unless the database is back within this run (%s); %d held in memory",
                          self.last_error, len(self._held))
                return None
            if self._held:
                log.warning("audit database back: %d held records written", len(self._held))
            self._held.clear()
            self.last_error = None
            return new_id

    def _hold(self, row: dict) -> None:
        self._held.append(row)
        if len(self._held) > MAX_HELD:
            self._held.pop(0)
            log.error("audit record lost: more than %d held while the database fails", MAX_HELD)

    def check(self) -> None:
        """Read and write the trail as an answer does (a write rolled back); AuditUnavailable with
        the cause when either fails. On SQLite the file's pages are checked too (a damaged page
        fails only the queries that touch it)."""
        try:
            with self._quick.connect() as conn:
                if conn.dialect.name == "sqlite":
                    found = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check")]
                    if found != ["ok"]:
                        raise AuditUnavailable(f"审计数据库已损坏（{found[0][:80]}）：请从备份恢复，或移走它后重新开始记录。")
                conn.execute(select(func.count()).select_from(answers)).scalar()
                conn.rollback()                # end the reads' implicit transaction
                with conn.begin() as trans:
                    conn.execute(insert(answers).values(
                        created_at=datetime.now(timezone.utc), channel="health", question="", passage_ids=[],
                        source="none", grounded=False, check_passed=True, problems=[], rejected=[], answer="",
                        latency_ms=0.0))
                    trans.rollback()
        except AuditUnavailable:
            raise
        except Exception as err:     # SQLAlchemyError, or sqlite3's own from a connect-time pragma
            raise AuditUnavailable(describe(err)) from err
        if self._held:
            raise AuditUnavailable(f"有 {len(self._held)} 条审计记录还没写入数据库（{self.last_error}）")

    def purge(self, days: int, *, now: datetime | None = None) -> int:
        """Blank the question and answer texts (and what quotes them: facts, problems, model drafts,
        feedback reasons) of rows older than `days`; returns how many rows were blanked."""
        cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=days)
        with self.engine.begin() as conn:
            n = conn.execute(update(answers).where(answers.c.created_at < cutoff, answers.c.question != "")
                             .values(**BLANK)).rowcount
            conn.execute(update(feedback).where(feedback.c.created_at < cutoff, feedback.c.reason.is_not(None))
                         .values(reason=None))
        return n

    def fallbacks(self, days: int = 7) -> int:
        """Answers of the last `days` whose first draft failed the checker and fell back (a draft
        that failed is never sent; a count above zero means a composer or rule file to look at)."""
        from datetime import timedelta

        since = datetime.now(timezone.utc) - timedelta(days=days)
        return sum(any("fallback_from" in r for r in row["rejected"] or []) for row in self.rows(since))

    def rows(self, since: datetime | None = None) -> Iterator[dict]:
        q = select(answers).order_by(answers.c.id)
        if since is not None:
            if since.tzinfo is None:
                since = since.replace(tzinfo=timezone.utc)
            q = q.where(answers.c.created_at >= since)
        with self.engine.connect() as conn:
            for r in conn.execute(q).mappings():
                row = dict(r)
                created = row["created_at"]
                if created.tzinfo is None:      # SQLite drops the zone; we always store UTC
                    created = created.replace(tzinfo=timezone.utc)
                row["created_at"] = created.isoformat()
                yield row


def export(rows: Iterator[dict], fmt: str, out: io.TextIOBase) -> int:
    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
                         for k, v in row.items()})
        n += 1
    return n
