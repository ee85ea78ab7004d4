"""A question the relevance gate closed on that is about a regulation a user ingested (qs10).

"乘客上船不穿救生衣，会被罚款吗" under an ingested ferry regulation found no passage close enough, and
the Shenzhen table answered it ("罚款不是本规定的问责方式"): a confident answer about another
matter. When the question's own words (乘客, 救生衣) are said by an ingested regulation and by none
of the seed's documents, the seed's table is not the one to answer: with no passage to quote the
question is declined, which fails closed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.lexical import content_words
from knowledge.retrieval import Corpus

from bot.core.regulations import ingested

if TYPE_CHECKING:
    from rules.schema import RuleBook


def of_an_ingested_matter(kb: Corpus, book: RuleBook, question: str) -> bool:
    """Whether a word of the question (two characters or more) is said by a regulation a user
    ingested and by no document of the seed (the national laws aside): the question is that
    regulation's matter, whatever Shenzhen words it also uses (罚款)."""
    theirs_ids = ingested(kb, book)
    if not theirs_ids:
        return False
    theirs = "".join(c.text for c in kb.chunks if c.meta["doc_id"] in theirs_ids)
    seed_chunks = [c for c in kb.chunks if c.meta["doc_id"] not in theirs_ids and c.meta["doc_id"] not in kb.laws]
    own = {book.regulation.document}
    if not any(c.meta["doc_id"] in own for c in seed_chunks):
        # an index that lacks the rule book's own regulation (an operator indexed other texts only):
        # the rules still answer from it and quote it from the shipped files (checker_sources), so
        # its words are still the table's, not the ingested regulation's (merge fix: test_assistant)
        seed_chunks += [c for c in Corpus.shipped().chunks if c.meta["doc_id"] in own]
    seed = "".join(c.text for c in seed_chunks)
    return any(w in theirs and w not in seed for w in content_words(question) if len(w) >= 2)
