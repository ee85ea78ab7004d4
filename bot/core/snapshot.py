"""What one answer reads, fixed together: the passages (the index, or the shipped text when the
index cannot be opened), the rule book and the texts the checker holds drafts to.

A snapshot is never changed: a reload builds a new one and the Assistant swaps it in with one
assignment, so an answer that took the old one finishes with the old rules and the old index,
and never with the rules of one and the passages of the other.
"""
from __future__ import annotations

from dataclasses import dataclass

from knowledge.documents import load_document, shipped_source_paths
from knowledge.parsing import parse_document
from knowledge.retrieval import Corpus
from rules.checker import Sources
from rules.schema import RuleBook


@dataclass(frozen=True)
class Snapshot:
    kb: Corpus
    book: RuleBook
    sources: Sources

    @classmethod
    def of(cls, kb: Corpus, book: RuleBook) -> "Snapshot":
        return cls(kb, book, checker_sources(kb, book))


def checker_sources(kb: Corpus, book: RuleBook) -> Sources:
    """The shipped documents whole (as their files have them, headings included), and the text of
    every other indexed document chunk by chunk; the articles of the book's regulation from
    whichever of them holds it."""
    shipped = {doc.id: doc for doc in map(load_document, shipped_source_paths())}
    texts = [doc.text for doc in shipped.values()]
    texts += [c.text for c in kb.chunks if c.meta["doc_id"] not in shipped]
    regulation = book.regulation.document
    if regulation in shipped:
        articles = {c.article: c.text for c in parse_document(shipped[regulation])}
    else:
        articles = {c.meta["article"]: c.text for c in kb.chunks
                    if c.meta["doc_id"] == regulation and c.meta.get("article") is not None}
    return Sources.of(articles, texts)
