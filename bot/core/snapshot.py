"""What one answer reads, fixed together: the passages (the index, or the shipped text when the
index cannot be opened), the rule book and the texts the checker holds drafts to.

A snapshot is never changed: a reload builds a new one and the Assistant swaps it in with one
assignment, so an answer that took the old one finishes with the old rules and the old index,
and never with the rules of one and the passages of the other.
"""
from __future__ import annotations

from dataclasses import dataclass

from knowledge.retrieval import Corpus
from rules.checking.sources import SourceSet
from rules.schema import RuleBook

from bot.core.sources import source_set


@dataclass(frozen=True)
class Snapshot:
    kb: Corpus
    book: RuleBook
    sources: SourceSet

    @classmethod
    def of(cls, kb: Corpus, book: RuleBook) -> "Snapshot":
        return cls(kb, book, checker_sources(kb, book))


def checker_sources(kb: Corpus, book: RuleBook) -> SourceSet:
    """The passages of the index the answers come from (so an ingested regulation is checked like
    the seed one), with each document's front matter; a shipped document the index lacks (the rule
    book's own regulation, when an operator indexed other texts only) is added from the shipped
    files, since the rules quote it whatever the index holds."""
    if kb.degraded:
        return source_set(kb)
    shipped = Corpus.shipped()
    missing = [c for c in shipped.chunks if c.meta["doc_id"] not in kb.titles]
    return source_set(kb, extra=missing)
