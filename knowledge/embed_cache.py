"""Vectors already computed, by model and chunk content, in a SQLite file beside the index.

A large ingest (all 378 laws: about half an hour of embedding) writes a new index generation
that only becomes live at the end, so a kill half-way would lose every vector. Each batch is
committed here as soon as it is embedded; the next run reads them back and embeds only the rest.
A damaged cache is only a lost speed-up: it is dropped and started afresh. One file may serve
several data folders (`embedding_cache` in the settings); SQLite's locking keeps their writes apart.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np


class EmbeddingCache:
    """content hash → float32 vector, for one embedding model."""

    def __init__(self, path: Path, model: str, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.model = model
        self.timeout = timeout            # how long to wait for another ingest sharing the file
        self._db: sqlite3.Connection | None = None

    def __enter__(self) -> "EmbeddingCache":
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._open()
            except sqlite3.OperationalError:
                # busy (another process sharing the file holds it past the timeout) or unwritable:
                # never a reason to delete vectors someone else is using; this run goes without
                self._db = None
            except sqlite3.DatabaseError:  # not a database (damaged): started afresh
                self.path.unlink(missing_ok=True)
                self._db = self._open()
        except (OSError, sqlite3.Error):   # a read-only folder: the ingest itself will say why
            self._db = None
        return self

    def __exit__(self, *exc) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _open(self) -> sqlite3.Connection:
        # (a file shared by several data folders may be written by another ingest: wait for it)
        db = sqlite3.connect(self.path, timeout=self.timeout)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE IF NOT EXISTS vectors (model TEXT, hash TEXT, vector BLOB, PRIMARY KEY (model, hash))")
        db.commit()
        return db

    def get(self, hashes: list[str]) -> dict[str, list[float]]:
        out: dict[str, list[float]] = {}
        if self._db is None:
            return out
        try:
            for i in range(0, len(hashes), 500):
                part = hashes[i:i + 500]
                rows = self._db.execute(
                    f"SELECT hash, vector FROM vectors WHERE model = ? AND hash IN ({','.join('?' * len(part))})",
                    [self.model, *part]).fetchall()
                out.update({h: np.frombuffer(v, dtype=np.float32).tolist() for h, v in rows})
        except sqlite3.Error:              # (a shared file held too long: what was read is kept)
            pass
        return out

    def put(self, vectors: dict[str, np.ndarray]) -> None:
        if self._db is None:
            return
        try:
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                                 [(self.model, h, np.asarray(v, dtype=np.float32).tobytes()) for h, v in vectors.items()])
            self._db.commit()
        except sqlite3.Error:              # the cache is only a speed-up: a write that fails is skipped
            pass
