"""Conversations in the SQL database: the last facts and the open missing-fact question of each
conversation, so that a follow-up or a reply to "是哪一级公共安全责任事故？" is understood by
whichever replica of the bot receives it.

Keys are stored as keyed hashes (the audit trail's), never as chat or user ids. A database that
fails costs the user the conversation's memory, never the answer (logged).
"""
from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.core.conversation import Conversations, Turn
from bot.storage.db import conversations

log = logging.getLogger(__name__)
PRUNE_EVERY = 200           # writes between two deletions of expired conversations


class StoredConversations(Conversations):
    def __init__(self, engine: Engine, hash_key: Callable[[str], str], ttl_seconds: float = 3600.0) -> None:
        super().__init__(ttl_seconds=ttl_seconds)
        self.engine = engine
        self._hash = hash_key
        self._writes = itertools.count(1)

    def _load(self, key: str) -> Turn | None:
        try:
            with self.engine.connect() as c:
                row = c.execute(select(conversations).where(conversations.c.key_hash == self._hash(key))).mappings().first()
        except SQLAlchemyError as err:
            log.error("conversation not read: %s", err.__class__.__name__)
            return None
        if row is None:
            return None
        at = _aware(row["updated_at"]).timestamp()
        if time.time() - at > self._ttl:
            return None
        return Turn.of_json(row["facts"], row["missing"], at)

    def _save(self, key: str, turn: Turn) -> None:
        facts, missing = turn.as_json()
        values = {"facts": facts, "missing": missing,
                  "updated_at": datetime.fromtimestamp(turn.at, timezone.utc)}
        where = conversations.c.key_hash == self._hash(key)
        try:
            with self.engine.begin() as c:
                if not c.execute(update(conversations).where(where).values(**values)).rowcount:
                    try:
                        with c.begin_nested():
                            c.execute(insert(conversations).values(key_hash=self._hash(key), **values))
                    except IntegrityError:           # another replica wrote it first: the later turn wins
                        c.execute(update(conversations).where(where).values(**values))
                if next(self._writes) % PRUNE_EVERY == 0:
                    cutoff = datetime.now(timezone.utc) - timedelta(seconds=self._ttl)
                    c.execute(delete(conversations).where(conversations.c.updated_at < cutoff))
        except SQLAlchemyError as err:
            log.error("conversation not stored: %s", err.__class__.__name__)

    def _drop(self, key: str) -> None:
        try:
            with self.engine.begin() as c:
                c.execute(delete(conversations).where(conversations.c.key_hash == self._hash(key)))
        except SQLAlchemyError as err:
            log.error("conversation not forgotten: %s", err.__class__.__name__)


def _aware(moment: datetime) -> datetime:
    """SQLite drops the zone; we always store UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
