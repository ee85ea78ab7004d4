"""The chromadb store: an embedded PersistentClient under the data folder, or a Chroma server.

Chroma is not safe for several writers on one directory, and a kill mid-write can leave an index
that crashes on first use. So local writes never touch the live index: a writer takes the lock,
copies the live generation to a new folder, writes there, and switches the `CURRENT` pointer with
an atomic rename. Readers always open a complete generation.

Layout of the data folder:
    index/CURRENT          name of the live generation
    index/gen-<ns>/        a chromadb persistent folder plus manifest.json
    index/write.lock       held by the one writer
"""
from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from filelock import FileLock, Timeout

from .config import KnowledgeSettings
from .embeddings import Embedder, chroma_embedding_function, get_embedder
from .errors import IndexBusy, IndexUnavailable

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
KEEP_GENERATIONS = 2


@dataclass
class StoredChunk:
    id: str
    text: str
    meta: dict


def _chroma_settings():
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=False)


class IndexStore:
    """Opens collections for reading and runs write transactions, local or remote alike."""

    def __init__(self, settings: KnowledgeSettings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        self.root = Path(settings.data_dir) / "index"
        self.remote = bool(settings.chroma_url)

    # ------------------------------------------------------------ locations
    @property
    def lock_path(self) -> Path:
        return self.root / "write.lock"

    @property
    def cache_path(self) -> Path:
        """The embedding cache (knowledge/embed_cache.py): local even when the index is a server."""
        return self.root / "embeddings.sqlite"

    def _current_dir(self) -> Path | None:
        pointer = self.root / "CURRENT"
        if not pointer.is_file():
            return None
        gen = self.root / pointer.read_text().strip()
        return gen if gen.is_dir() else None

    def manifest(self) -> dict:
        import chromadb

        return {"embedding": self.embedder.name, "chromadb": chromadb.__version__, "collection": self.settings.collection}

    # ------------------------------------------------------------ clients
    def _client(self, path: Path | None):
        import chromadb

        if self.remote:
            url = urlparse(self.settings.chroma_url)
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1", port=url.port or 8000, ssl=url.scheme == "https",
                settings=_chroma_settings(),
            )
        return chromadb.PersistentClient(path=str(path), settings=_chroma_settings())

    def _collection(self, client, create: bool):
        ef = chroma_embedding_function(self.embedder)
        name = self.settings.collection
        if create:
            return client.get_or_create_collection(
                name, embedding_function=ef, configuration={"hnsw": {"space": "cosine"}},
                metadata={"embedding": self.embedder.name},
            )
        return client.get_collection(name, embedding_function=ef)

    def exists(self) -> bool:
        if self.remote:
            try:
                return self.open_collection() is not None
            except IndexUnavailable:
                return False
        return self._current_dir() is not None

    def open_collection(self):
        """The live collection for reading; IndexUnavailable when missing, corrupt or foreign."""
        try:
            if self.remote:
                client = self._client(None)
                col = self._collection(client, create=False)
                meta = col.metadata or {}
                if meta.get("embedding") != self.embedder.name:
                    raise IndexUnavailable(
                        f"向量库中的索引由 {meta.get('embedding')} 建立，与当前模型 {self.embedder.name} 不符：请重建索引。")
                return client, col
            gen = self._current_dir()
            if gen is None:
                raise IndexUnavailable("还没有建立索引：请先运行 wenze ingest。")
            manifest = json.loads((gen / "manifest.json").read_text())
            if manifest != self.manifest():
                raise IndexUnavailable(
                    f"索引由 {manifest.get('embedding')}（chromadb {manifest.get('chromadb')}）建立，"
                    f"与当前环境不符：请重建索引（wenze ingest --rebuild）。")
            client = self._client(gen)
            return client, self._collection(client, create=False)
        except IndexUnavailable:
            raise
        except Exception as err:  # chromadb raises many types for a damaged folder or a dead server
            raise IndexUnavailable(f"索引无法打开（{type(err).__name__}）：请重建索引（wenze ingest --rebuild）。") from err

    def read_all(self) -> list[StoredChunk]:
        _, col = self.open_collection()
        got = col.get(include=["documents", "metadatas"])
        return [StoredChunk(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]

    # ------------------------------------------------------------ writing
    @contextmanager
    def writer(self, *, rebuild: bool = False) -> Iterator[object]:
        """Yield a writable collection; commit on normal exit, discard on error or kill."""
        self.root.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.lock_path), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise IndexBusy("另一个进程正在写入索引，请稍后再试。") from None
        try:
            if self.remote:
                client = self._client(None)
                if rebuild:
                    try:
                        client.delete_collection(self.settings.collection)
                    except Exception:
                        pass
                yield self._collection(client, create=True)
                return
            live = self._current_dir()
            gen = self.root / f"gen-{time.time_ns()}"
            if live is not None and not rebuild:
                shutil.copytree(live, gen)
            else:
                gen.mkdir()
            try:
                client = self._client(gen)
                yield self._collection(client, create=True)
                (gen / "manifest.json").write_text(json.dumps(self.manifest()))
                tmp = self.root / "CURRENT.tmp"
                tmp.write_text(gen.name)
                os.replace(tmp, self.root / "CURRENT")
            except BaseException:
                shutil.rmtree(gen, ignore_errors=True)
                raise
            finally:
                _release(gen)
            self._prune(keep=gen.name)
        finally:
            lock.release()

    def _prune(self, keep: str) -> None:
        gens = sorted(p for p in self.root.glob("gen-*") if p.is_dir() and p.name != keep)
        for old in gens[: max(0, len(gens) - (KEEP_GENERATIONS - 1))]:
            shutil.rmtree(old, ignore_errors=True)


def open_store(settings: KnowledgeSettings) -> IndexStore:
    """The store these settings describe, with their embedding model: the one place an IndexStore
    is built (the assistant, the `wenze` commands and ingestion all come here)."""
    return IndexStore(settings, get_embedder(settings))


def _release(path: Path) -> None:
    """Drop chromadb's cached system for a folder so that its files are closed."""
    try:
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient._identifier_to_system.pop(str(path), None)
    except Exception:
        pass
