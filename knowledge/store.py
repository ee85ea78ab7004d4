"""The chromadb store: an embedded PersistentClient under the data folder, or a Chroma server.

Chroma is not safe for several writers on one directory, and a kill mid-write can leave an index
that crashes on first use. So local writes never touch the live index: a writer takes the lock,
copies the live generation to a new folder, writes there, and switches the `CURRENT` pointer with
an atomic rename. Readers always open a complete generation.

On a Chroma server the same happens with collections and a pointer collection (knowledge/served.py).

Layout of the data folder:
    index/CURRENT          name of the live generation
    index/gen-<ns>/        a chromadb persistent folder plus manifest.json
    index/write.lock       held by the one writer

Readers never write: a folder whose chroma.sqlite3 is missing, empty or not a SQLite file is
refused before chromadb opens it (chromadb would create its tables in it). A missing or
dangling CURRENT beside existing generations is an error that says how to repair it; it is
never mistaken for "no index yet" (which would build a new index from the shipped sources and
drop every document a user ingested).
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

from filelock import FileLock, Timeout

from rules.references import inserted

from . import served
from .config import KnowledgeSettings
from .embeddings import Embedder, chroma_embedding_function, get_embedder
from .errors import IndexBusy, IndexUnavailable

SQLITE_HEADER = b"SQLite format 3\x00"
REPAIR_HINT = "请重建索引：运行 wenze ingest --rebuild（重建清单中的全部文档；成功之前旧的索引版本都保留）。"

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
KEEP_GENERATIONS = 2


@dataclass
class StoredChunk:
    id: str
    text: str
    meta: dict

    def __post_init__(self) -> None:
        # metadata holds scalars: an inserted article (第十四条之一) is stored as article 14 and
        # article_insert 1, and read back as the one number every reader compares and sorts
        if self.meta.get("article_insert") and self.meta.get("article") is not None:
            self.meta = {**self.meta, "article": inserted(int(self.meta["article"]), int(self.meta["article_insert"]))}


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
        self.keep_generations = False     # set while a repair runs: nothing is pruned until it succeeds

    # ------------------------------------------------------------ locations
    @property
    def lock_path(self) -> Path:
        return self.root / "write.lock"

    @property
    def cache_path(self) -> Path:
        """The embedding cache (knowledge/embed_cache.py): local even when the index is a server,
        and shared when the settings name one file for several data folders."""
        return self.settings.embedding_cache or self.root / "embeddings.sqlite"

    def _current_dir(self) -> Path | None:
        pointer = self.root / "CURRENT"
        if not pointer.is_file():
            return None
        gen = self.root / pointer.read_text().strip()
        return gen if gen.is_dir() else None

    def generations(self) -> list[Path]:
        """Every generation folder that has a manifest, newest first."""
        if not self.root.is_dir():
            return []
        return sorted((p for p in self.root.glob("gen-*") if (p / "manifest.json").is_file()),
                      key=lambda p: p.name, reverse=True)

    def _broken_pointer(self) -> str | None:
        """Why CURRENT cannot be followed while generations exist (None: it can, or there is no index)."""
        pointer = self.root / "CURRENT"
        if self._current_dir() is not None or not self.generations():
            return None
        if not pointer.exists():
            return f"索引指针 {pointer} 不见了，但索引文件夹里还有 {len(self.generations())} 个版本"
        return f"索引指针 {pointer} 指向不存在的版本 {pointer.read_text().strip()!r}"

    def manifest(self) -> dict:
        import chromadb

        return {"embedding": self.embedder.name, "chromadb": chromadb.__version__, "collection": self.settings.collection}

    def documents(self) -> dict[str, str]:
        """Every document any generation's manifest lists, with the file it was read from ("" when
        unknown), newest generation first: what a repair must bring back."""
        docs: dict[str, str] = {}
        for gen in self.generations():
            try:
                listed = json.loads((gen / "manifest.json").read_text()).get("documents", {})
            except (OSError, ValueError):
                continue
            for doc_id, path in listed.items():
                docs.setdefault(doc_id, path)
        return docs

    # ------------------------------------------------------------ clients
    def _client(self, path: Path | None):
        import chromadb

        if self.remote:
            from .chroma_http import http_client

            return http_client(self.settings.chroma_url, _chroma_settings())
        return chromadb.PersistentClient(path=str(path), settings=_chroma_settings())

    def _collection(self, client, create: bool, name: str | None = None):
        ef = chroma_embedding_function(self.embedder)
        name = name or self.settings.collection
        if create:
            return client.get_or_create_collection(
                name, embedding_function=ef, configuration={"hnsw": {"space": "cosine"}},
                metadata={"embedding": self.embedder.name},
            )
        return client.get_collection(name, embedding_function=ef)

    def exists(self) -> bool:
        """Whether there is an index to read. A server that cannot be reached, or a broken CURRENT,
        raises IndexUnavailable: neither means "no index yet, build one"."""
        if self.remote:
            client = self._reach()
            try:
                return served.live_name(client, self.settings.collection) is not None
            except Exception as err:    # "not found" is None above; anything else is the server
                raise IndexUnavailable(f"Chroma 服务器 {self.settings.chroma_url} 出错（{_cause(err)}）："
                                       "请检查服务器。") from err
        if (why := self._broken_pointer()) is not None:
            raise IndexUnavailable(f"{why}：{REPAIR_HINT}")
        return self._current_dir() is not None

    def _reach(self):
        """A client of the Chroma server, or IndexUnavailable naming the server and why not."""
        try:
            return self._client(None)
        except Exception as err:
            raise IndexUnavailable(f"连不上 Chroma 服务器 {self.settings.chroma_url}（{_cause(err)}）："
                                   "请检查它是否在运行、地址是否正确。") from err

    def open_collection(self):
        """The live collection for reading; IndexUnavailable when missing, corrupt or foreign."""
        try:
            if self.remote:
                client = self._reach()
                live = served.live_name(client, self.settings.collection)
                if live is None:
                    raise IndexUnavailable("还没有建立索引：请先运行 wenze ingest。")
                col = self._collection(client, create=False, name=live)
                meta = col.metadata or {}
                if meta.get("embedding") != self.embedder.name:
                    raise IndexUnavailable(
                        f"向量库中的索引由 {meta.get('embedding')} 建立，与当前模型 {self.embedder.name} 不符：请重建索引。")
                return client, col
            gen = self._current_dir()
            if gen is None:
                if (why := self._broken_pointer()) is not None:
                    raise IndexUnavailable(f"{why}：{REPAIR_HINT}")
                raise IndexUnavailable("还没有建立索引：请先运行 wenze ingest。")
            manifest = json.loads((gen / "manifest.json").read_text())
            if {k: manifest.get(k) for k in self.manifest()} != self.manifest():
                raise IndexUnavailable(
                    f"索引由 {manifest.get('embedding')}（chromadb {manifest.get('chromadb')}）建立，"
                    f"与当前环境不符：请重建索引（wenze ingest --rebuild）。")
            _refuse_unreadable(gen)
            client = self._client(gen)
            return client, self._collection(client, create=False)
        except IndexUnavailable:
            raise
        except Exception as err:  # chromadb raises many types for a damaged folder or a dead server
            if self.remote:
                raise IndexUnavailable(f"Chroma 服务器 {self.settings.chroma_url} 出错（{_cause(err)}）："
                                       "请检查服务器。") from err
            if isinstance(err, PermissionError) or "readonly" in str(err).lower() or "permission" in str(err).lower():
                raise IndexUnavailable(f"没有读写索引文件夹 {self.root} 的权限（{_cause(err)}）："
                                       "请检查它的所有者和权限。") from err
            raise IndexUnavailable(f"索引无法打开（{_cause(err)}）：{REPAIR_HINT}") from err

    def generation(self) -> str | None:
        """The name of the live generation (a folder, or a collection on a server): a reader that
        opened another one is behind an ingest."""
        if self.remote:
            return served.live_name(self._reach(), self.settings.collection)
        pointer = self.root / "CURRENT"
        return pointer.read_text().strip() if pointer.is_file() else None

    def read_all(self) -> list[StoredChunk]:
        _, col = self.open_collection()
        got = col.get(include=["documents", "metadatas"])
        return [StoredChunk(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]

    # ------------------------------------------------------------ writing
    @contextmanager
    def writer(self, *, rebuild: bool = False) -> Iterator[object]:
        """Yield a writable collection; commit on normal exit, discard on error or kill."""
        lock = FileLock(str(self.lock_path), timeout=0)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            lock.acquire()
        except Timeout:
            raise IndexBusy("另一个进程正在写入索引，请稍后再试。") from None
        except OSError as err:       # a read-only folder, another user's folder, a file in the way
            raise IndexUnavailable(f"无法写入索引文件夹 {self.root}（{_cause(err)}）：请检查它的所有者和权限。") from err
        try:
            if self.remote:
                yield from self._write_served(rebuild)
                return
            live = self._current_dir()
            gen = self.root / f"gen-{time.time_ns()}"
            try:
                if live is not None and not rebuild:
                    shutil.copytree(live, gen)
                else:
                    gen.mkdir()
            except OSError as err:
                shutil.rmtree(gen, ignore_errors=True)
                raise IndexUnavailable(f"无法写入索引文件夹 {self.root}（{_cause(err)}）：请检查它的所有者和权限。") from err
            try:
                client = self._client(gen)
                col = self._collection(client, create=True)
                yield col
                listed = {m["doc_id"]: m.get("doc_path") or "" for m in col.get(include=["metadatas"])["metadatas"]}
                (gen / "manifest.json").write_text(json.dumps({**self.manifest(), "documents": listed},
                                                              ensure_ascii=False))
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

    def _write_served(self, rebuild: bool) -> Iterator[object]:
        """A new collection on the server (a copy of the live one unless rebuilding), switched to
        when complete; a failure or a kill leaves the live one serving (see knowledge/served.py)."""
        client, base = self._reach(), self.settings.collection
        live = served.live_name(client, base)
        new = served.new_generation(base)
        col = self._collection(client, create=True, name=new)
        try:
            if live is not None and not rebuild:
                served.copy(self._collection(client, create=False, name=live), col)
            yield col
            served.switch(client, base, new, self.manifest(), chroma_embedding_function(self.embedder))
        except BaseException:
            try:
                client.delete_collection(new)
            except Exception:
                pass
            raise
        served.prune(client, base, keep={new} | ({live} if live else set()))

    def _prune(self, keep: str) -> None:
        if self.keep_generations:
            return
        gens = sorted(p for p in self.root.glob("gen-*") if p.is_dir() and p.name != keep)
        for old in gens[: max(0, len(gens) - (KEEP_GENERATIONS - 1))]:
            shutil.rmtree(old, ignore_errors=True)


def live_generation(data_dir: Path) -> str | None:
    """The name CURRENT holds under a data folder (None: no pointer), without loading anything."""
    try:
        return (Path(data_dir) / "index" / "CURRENT").read_text().strip()
    except OSError:
        return None


def open_store(settings: KnowledgeSettings) -> IndexStore:
    """The store these settings describe, with their embedding model: the one place an IndexStore
    is built (the assistant, the `wenze` commands and ingestion all come here)."""
    return IndexStore(settings, get_embedder(settings))


def _cause(err: BaseException) -> str:
    """An exception as a short cause for a message: its type and first line."""
    first = str(err).strip().splitlines()[0][:120] if str(err).strip() else ""
    return f"{type(err).__name__}: {first}" if first else type(err).__name__


def _refuse_unreadable(gen: Path) -> None:
    """Refuse a generation chromadb would have to write to in order to open: chromadb creates its
    tables in a missing or empty chroma.sqlite3, and a reader must never change the live index."""
    db = gen / "chroma.sqlite3"
    try:
        with db.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise IndexUnavailable(f"索引文件 {db} 不见了：{REPAIR_HINT}") from None
    except PermissionError as err:
        raise IndexUnavailable(f"没有读取索引文件 {db} 的权限：请检查它的所有者和权限。") from err
    if head != SQLITE_HEADER:
        what = "是空的" if not head else "不是 SQLite 数据库"
        raise IndexUnavailable(f"索引文件 {db} {what}（已损坏）：{REPAIR_HINT}")


def _release(path: Path) -> None:
    """Drop chromadb's cached system for a folder so that its files are closed."""
    try:
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient._identifier_to_system.pop(str(path), None)
    except Exception:
        pass
