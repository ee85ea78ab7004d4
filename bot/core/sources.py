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
                                   m.get("article"), bool(m.get("truncated")), m.get("heading", "")))
        docs.setdefault(m["doc_id"], DocumentFacts(m["doc_id"], m["doc_title"], m.get("doc_kind", ""),
                                                   m.get("doc_date", ""), m.get("doc_issuer", ""), m.get("doc_lacks", ""),
                                                   m.get("doc_status", ""), m.get("doc_checked", ""),
                                                   m.get("law_effective", ""), m.get("doc_origin", ""),
                                                   bool(m.get("law_id"))))
    headings = sorted({c.meta.get("heading", "") for c in chunks} - {""})
    found = SourceSet(passages, docs, headings)
    # a national law is cited by its short name too (《公务员法》第八十七条): a title the checker knows
    shorts = {n: c.meta["doc_title"] for c in chunks for n in c.meta.get("law_short", "").split("|") if n}
    found.titles = found.titles | frozenset(shorts)
    for short, full in shorts.items():
        found.aliases.setdefault(short, set()).add(f"《{full}》")
    return found


def shipped_sources() -> SourceSet:
    """The shipped documents, parsed now: for tools and tests that check without an index."""
    return source_set(Corpus.shipped())


def with_documents(paths: list, corpus: Corpus | None = None) -> SourceSet:
    """The shipped sources (or `corpus`) with the documents at `paths` parsed as ingestion would
    add them: what the checker holds drafts to after `wenze ingest` of those files, without an
    index (for benchmarks and tests)."""
    return source_set(corpus or Corpus.shipped(), Corpus.parsed(paths))
