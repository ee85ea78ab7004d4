"""Adding, updating and removing documents in the index.

Every file is read and parsed before anything is written, so a bad file never leaves a half
index. Chunk ids are stable and carry a content hash: an unchanged document writes nothing, and a
changed one re-embeds only the chunks whose text changed.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .documents import Document, load_document, shipped_source_paths
from .embed_cache import EmbeddingCache
from .errors import DocumentError, KnowledgeError
from .parsing import Chunk, parse_document
from .store import IndexStore

EMBED_BATCH = 8
Progress = Callable[[int], None]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    embedded: int = 0
    reused: int = 0

    @property
    def wrote(self) -> bool:
        return bool(self.added or self.updated)


def _doc_hash(doc: Document, chunks: list[Chunk]) -> str:
    checked = f"|{doc.status}|{doc.checked}" if doc.status or doc.checked else ""    # unchanged hash without them
    h = hashlib.sha256(f"{doc.title}|{doc.kind}|{doc.lacks}|{doc.date}|{doc.issuer}{checked}".encode())
    for c in chunks:
        h.update(c.content_hash.encode())
    return h.hexdigest()[:16]


def prepare(paths: Iterable[Path]) -> tuple[list[tuple[Document, list[Chunk], str]], list[tuple[str, str]]]:
    """Load and parse every file; return the good ones and (file, message) for the bad ones."""
    good: list[tuple[Document, list[Chunk], str]] = []
    bad: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    for path in paths:
        path = Path(path)
        try:
            doc = load_document(path)
            chunks = parse_document(doc)
        except DocumentError as err:
            bad.append((path.name, str(err)))
            continue
        if doc.id in seen:
            bad.append((path.name, f"{path.name}：文档编号 {doc.id} 与 {seen[doc.id]} 重复。"))
            continue
        seen[doc.id] = path.name
        good.append((doc, chunks, _doc_hash(doc, chunks)))
    return good, bad


def expand(paths: Iterable[Path]) -> list[Path]:
    """Folders are ingested file by file (.md and .txt)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(x for x in p.rglob("*") if x.suffix.lower() in {".md", ".txt"}))
        else:
            out.append(p)
    return out


Prepared = tuple[Document, list[Chunk], str]


def prepared(doc: Document, chunks: list[Chunk]) -> Prepared:
    """A document from another source (a law of the packaged corpus) in the form `ingest` writes."""
    return doc, chunks, _doc_hash(doc, chunks)


def ingest(store: IndexStore, paths: Iterable[Path] | None = None, *, rebuild: bool = False,
           progress: Callable[[int], Progress] | None = None, more: Iterable[Prepared] = ()) -> IngestReport:
    """Ingest files (default: the shipped sources) and `more` documents already parsed (laws).
    `progress(total)` returns a per-chunk callback.

    Vectors are kept in an embedding cache as they are computed, so a run killed half-way (the
    new generation is then discarded) resumes by reading them back instead of embedding again."""
    files = expand(paths) if paths else shipped_source_paths()
    good, bad = prepare(files)
    good += list(more)
    report = IngestReport(failed=bad)
    existing: dict[str, dict] = {}
    if not rebuild and store.exists():
        for c in store.read_all():
            existing[c.id] = c.meta
    doc_hashes = {m["doc_id"]: m["doc_hash"] for m in existing.values()}
    by_doc: dict[str, dict[str, str]] = {}
    for cid, m in existing.items():
        by_doc.setdefault(m["doc_id"], {})[cid] = m["content_hash"]
    todo = []
    for doc, chunks, dhash in good:
        if doc_hashes.get(doc.id) == dhash:
            report.unchanged.append(doc.id)
        else:
            (report.updated if doc.id in doc_hashes else report.added).append(doc.id)
            todo.append((doc, chunks, dhash))
    if not todo and not rebuild:
        return report
    total = sum(len(c) for _, c, _ in todo)
    tick = progress(total) if progress else (lambda n: None)
    cache = EmbeddingCache(store.cache_path, store.embedder.name)
    with cache, store.writer(rebuild=rebuild) as col:
        for doc, chunks, dhash in todo:
            reusable = by_doc.get(doc.id, {})
            keep = [c for c in chunks if reusable.get(c.id) == c.content_hash]
            fresh = [c for c in chunks if reusable.get(c.id) != c.content_hash]
            vectors: dict[str, list[float]] = {}
            if keep:
                got = col.get(ids=[c.id for c in keep], include=["embeddings"])
                vectors.update({i: list(e) for i, e in zip(got["ids"], got["embeddings"])})
                report.reused += len(keep)
                tick(len(keep))
            cached = cache.get([c.content_hash for c in fresh])
            if cached:
                vectors.update({c.id: cached[c.content_hash] for c in fresh if c.content_hash in cached})
                report.reused += sum(c.content_hash in cached for c in fresh)
                tick(sum(c.content_hash in cached for c in fresh))
                fresh = [c for c in fresh if c.content_hash not in cached]
            for i in range(0, len(fresh), EMBED_BATCH):
                batch = fresh[i:i + EMBED_BATCH]
                embs = store.embedder.embed_documents([c.search_text for c in batch])
                vectors.update({c.id: e.tolist() for c, e in zip(batch, embs)})
                cache.put({c.content_hash: e for c, e in zip(batch, embs)})
                report.embedded += len(batch)
                tick(len(batch))
            stale = [cid for cid in reusable if cid not in {c.id for c in chunks}]
            if stale:
                col.delete(ids=stale)
            extra = {"doc_lacks": doc.lacks or "", "doc_date": doc.date or "", "doc_issuer": doc.issuer or "",
                     "doc_status": doc.status or "", "doc_checked": doc.checked or "",
                     "doc_path": str(Path(doc.path).resolve()) if doc.path else ""}    # for a repair
            col.upsert(
                ids=[c.id for c in chunks],
                embeddings=[vectors[c.id] for c in chunks],
                documents=[c.text for c in chunks],
                metadatas=[{**c.metadata(dhash), **extra} for c in chunks],
            )
    return report


def list_documents(store: IndexStore) -> list[dict]:
    docs: dict[str, dict] = {}
    for c in store.read_all():
        m = c.meta
        d = docs.setdefault(m["doc_id"], {
            "id": m["doc_id"], "title": m["doc_title"], "kind": m["doc_kind"], "date": m.get("doc_date") or None,
            "lacks": m.get("doc_lacks") or None, "chunks": 0,
        })
        d["chunks"] += 1
    return sorted(docs.values(), key=lambda d: d["id"])


def remove_document(store: IndexStore, doc_id: str) -> int:
    """Remove one document; returns how many chunks went. KnowledgeError when it is not there."""
    ids = [c.id for c in store.read_all() if c.meta["doc_id"] == doc_id]
    if not ids:
        raise KnowledgeError(f"索引中没有编号为 {doc_id} 的文档（用 wenze docs 查看）。")
    with store.writer() as col:
        col.delete(ids=ids)
    return len(ids)
