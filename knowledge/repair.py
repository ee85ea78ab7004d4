"""Rebuilding the index from everything it held, not only the shipped sources.

A rebuild used to mean "the shipped sources, anew": an operator told to rebuild an index that would
not open lost every document a user had ingested. Each generation's manifest lists its documents
with the files they were read from, so a repair rebuilds all of them: from their files where the
files are still there, and, for a document whose file is gone, from its chunks (text, metadata and
vectors) in the newest generation that still opens, read from a throw-away copy so that nothing
is written to an old generation. No generation is removed until the repair has succeeded; when a
document cannot be brought back, the repair says which, and the old generations stay.
"""
from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from .documents import shipped_source_paths
from .errors import IndexUnavailable, KnowledgeError
from .ingest import IngestReport, Progress, ingest, prepare
from .laws import prepared_documents
from .store import IndexStore, StoredChunk, _refuse_unreadable, _release


def rebuild(store: IndexStore, *, progress: Callable[[int], Progress] | None = None) -> IngestReport:
    """A new generation holding every document the manifests list (the shipped sources when there
    is none); the previous generations are kept until it is complete. KnowledgeError naming the
    documents that could not be brought back."""
    if store.remote:
        wanted = store.documents()
        return ingest(store, _files(wanted), rebuild=True, progress=progress,
                      more=prepared_documents(list(wanted)))
    wanted = store.documents()
    if not wanted:           # an index older than manifests with documents: what its chunks name
        wanted = {c.meta["doc_id"]: c.meta.get("doc_path") or "" for _, chunks in _readable(store) for c in chunks}
    store.keep_generations = True
    try:
        # national laws have no file: they are read again from the packaged corpus
        report = ingest(store, _files(wanted), rebuild=True, progress=progress,
                        more=prepared_documents(list(wanted)))
        have = {c.meta["doc_id"] for c in store.read_all()}
        lost = [d for d in wanted if d not in have]
        if lost:
            recovered = _recover(store, lost)
            if recovered:
                with store.writer() as col:
                    col.upsert(ids=[c.id for c, _ in recovered], embeddings=[e for _, e in recovered],
                               documents=[c.text for c, _ in recovered], metadatas=[c.meta for c, _ in recovered])
                report.added += sorted({c.meta["doc_id"] for c, _ in recovered})
            lost = [d for d in lost if d not in {c.meta["doc_id"] for c, _ in recovered}]
        if lost:
            raise KnowledgeError(f"修复没有完成：文档 {'、'.join(lost)} 的原文件已不在，旧的索引版本里也读不出来；"
                                 f"旧版本都已保留在 {store.root}。请重新导入这些文档的原文件。")
    finally:
        store.keep_generations = False
    live = store.generation()
    if live:
        store._prune(keep=live)
    return report


def _files(wanted: dict[str, str]) -> list[Path]:
    """The files to read again: each listed document's file when it is still there, and the
    shipped sources (by document id) whose paths the manifest did not record."""
    shipped = {}
    good, _, _ = prepare(shipped_source_paths())
    for doc, _, _ in good:
        shipped[doc.id] = Path(doc.path)
    files = []
    for doc_id, path in wanted.items():
        if path and Path(path).is_file():
            files.append(Path(path))
        elif doc_id in shipped:
            files.append(shipped[doc_id])
    return files or list(shipped.values())


def _same_model(store: IndexStore, gen: Path) -> bool:
    try:
        return json.loads((gen / "manifest.json").read_text()).get("embedding") == store.embedder.name
    except (OSError, ValueError):
        return False


def _readable(store: IndexStore):
    """(generation, its chunks) for each generation that opens, newest first, each read from a copy."""
    for gen in store.generations():
        got = _read_copy(store, gen)
        if got is not None:
            yield gen, [c for c, _ in got]


def _recover(store: IndexStore, doc_ids: list[str]) -> list[tuple[StoredChunk, list[float]]]:
    """The chunks and vectors of these documents from the newest generations that hold them."""
    out: list[tuple[StoredChunk, list[float]]] = []
    missing = set(doc_ids)
    live = store.generation()
    for gen in store.generations():
        if not missing:
            break
        if gen.name == live or not _same_model(store, gen):
            continue                     # vectors of another model would be nonsense in this index
        for chunk, vec in _read_copy(store, gen) or []:
            if chunk.meta["doc_id"] in missing:
                out.append((chunk, vec))
        missing -= {c.meta["doc_id"] for c, _ in out}
    return out


def _read_copy(store: IndexStore, gen: Path) -> list[tuple[StoredChunk, list[float]]] | None:
    """Every chunk of a generation with its vector, read from a temporary copy (None: unreadable)."""
    import chromadb

    from .store import _chroma_settings

    try:
        _refuse_unreadable(gen)
    except IndexUnavailable:
        return None
    with tempfile.TemporaryDirectory(prefix="wenze-repair-") as tmp:
        copy = Path(tmp) / gen.name
        try:
            shutil.copytree(gen, copy)
            client = chromadb.PersistentClient(path=str(copy), settings=_chroma_settings())
            col = client.get_collection(store.settings.collection)
            got = col.get(include=["documents", "metadatas", "embeddings"])
            return [(StoredChunk(i, d, m), list(map(float, e)))
                    for i, d, m, e in zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"])]
        except Exception:      # a damaged old generation: try an older one
            return None
        finally:
            _release(copy)
