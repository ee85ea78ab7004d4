"""The checker's view of a knowledge base: its passages and documents as `SourceSet`.

Built once per index (the assistant keeps it with the index it answers from), so that the checker
holds answers to the same text they were drawn from, ingested documents included.
"""
from __future__ import annotations

from knowledge.retrieval import Corpus
from rules.checking.sources import DocumentFacts, SourceSet, SourceText


def source_set(corpus: Corpus, extra: list | None = None) -> SourceSet:
    passages = []
    docs: dict[str, DocumentFacts] = {}
    chunks = list(corpus.chunks) + list(extra or [])
    for c in chunks:
        m = c.meta
        passages.append(SourceText(c.id, m["doc_id"], m["doc_title"], m.get("doc_kind", ""), m["label"], c.text,
                                   m.get("article"), bool(m.get("truncated"))))
        docs.setdefault(m["doc_id"], DocumentFacts(m["doc_id"], m["doc_title"], m.get("doc_kind", ""),
                                                   m.get("doc_date", ""), m.get("doc_issuer", ""), m.get("doc_lacks", ""),
                                                   m.get("doc_status", ""), m.get("doc_checked", "")))
    headings = sorted({c.meta.get("heading", "") for c in chunks} - {""})
    return SourceSet(passages, docs, headings)


def shipped_sources() -> SourceSet:
    """The shipped documents, parsed now: for tools and tests that check without an index."""
    return source_set(Corpus.shipped())
