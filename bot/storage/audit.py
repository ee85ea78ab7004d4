"""The audit trail: every answer, with what it rested on, so that a wrong one can be traced.

User ids are stored only as keyed hashes (HMAC-SHA256): enough to count a user's questions or
find their conversation on request, not enough to recover who they are from the database alone.
A failing database never costs the user their answer; the failure is logged instead.
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
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import SQLAlchemyError

from bot.settings import Settings
from bot.storage.db import answers, open_engine

log = logging.getLogger(__name__)

EXPORT_COLUMNS = [c.name for c in answers.columns]


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


class AuditLog:
    def __init__(self, engine: Engine, key: bytes) -> None:
        self.engine = engine
        self._key = key

    @classmethod
    def open(cls, settings: Settings) -> "AuditLog":
        return cls(open_engine(settings.db_url()), _key(settings))

    def hash_id(self, channel: str, value: str | int | None) -> str | None:
        if value is None:
            return None
        return hmac.new(self._key, f"{channel}:{value}".encode(), hashlib.sha256).hexdigest()[:32]

    def record(self, row: dict) -> int | None:
        """Store one answer; returns its id, or None when the database failed (logged)."""
        row = {"created_at": datetime.now(timezone.utc), **row}
        try:
            with self.engine.begin() as conn:
                return conn.execute(insert(answers).values(**row)).inserted_primary_key[0]
        except SQLAlchemyError as err:
            log.error("audit record lost: %s", err.__class__.__name__)
            return None

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
