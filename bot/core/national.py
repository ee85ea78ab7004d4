"""National laws beside the Shenzhen regulation in an answer: their standing, and the articles
that list a word the regulation does not have (撤职 is a kind of 政务处分, not a Shenzhen measure).

The Shenzhen rules keep deciding the Shenzhen measures; these only add what a national law says,
quoted from the index with its label, and its status and date of entry into force
(现行有效，2019-06-01施行), so a reader knows whether the quoted law still applies.
"""
from __future__ import annotations

import re

from knowledge.laws import status_phrase
from knowledge.retrieval import Corpus, Passage

from bot.core.answer import Quote, Statement
from bot.core.texts import NOTES

MAX_LISTINGS = 2
# Words of a question about contesting a decision: the national laws' 复核 and 申诉 answer it for
# the state's decisions, and the answer says the Party's own procedures are not in the index.
REVIEW_WORDS = ("复核", "申诉")


def status_notes(kb: Corpus, quotes: list[Quote]) -> list[Statement]:
    """One line per national law quoted: its status and date of entry into force."""
    out, seen = [], set()
    for q in quotes:
        if q.doc_id in seen or q.doc_id not in kb.laws:
            continue
        seen.add(q.doc_id)
        # a law without article numbers (an amendment) is one 全文 chunk: its status is the document's
        p = kb.article(q.article, q.doc_id) if q.article else None
        meta = p.meta if p else next((c.meta for c in kb.chunks if c.meta["doc_id"] == q.doc_id), {})
        if meta.get("law_status"):
            out.append(Statement(f"《{q.doc_title}》：{status_phrase(meta['law_status'], meta.get('law_effective', ''))}。"))
    return out


def law_notes(kb: Corpus, quotes: list[Quote], question: str = "") -> list[Statement]:
    """The status lines (`status_notes`) and, when a question about 复核 / 申诉 is answered with a
    national law, the sentence that the Party's accountability procedures are not in the knowledge
    base: a 党内 decision is reviewed under rules the laws do not give."""
    notes = status_notes(kb, quotes)
    if notes and any(w in question for w in REVIEW_WORDS):
        notes.insert(0, Statement(NOTES["party_procedures"]))
    return notes


def listing_articles(kb: Corpus, word: str) -> list[Passage]:
    """Articles of the national laws in the index that list `word` as one item of an enumeration
    (（五）撤职； or 警告、记过、…、撤职、开除): where the word is defined, not merely used.
    Laws in force first, then the shortest (the plainest list)."""
    item = re.compile(rf"^[（(][^）)]{{1,4}}[）)]{re.escape(word)}[；;。]?$", re.M)
    inline = re.compile(rf"[：:、]{re.escape(word)}[、。；]")
    found = [i for i, c in enumerate(kb.chunks) if c.meta["doc_id"] in kb.laws and word in c.text
             and (item.search(c.text) or inline.search(c.text))]
    found.sort(key=lambda i: (kb.chunks[i].meta.get("law_status") != "现行有效", len(kb.chunks[i].text)))
    return [kb.passage(i, 1.0) for i in found[:MAX_LISTINGS]]


def not_measure_listings(kb: Corpus, words: list[str]) -> tuple[list[Statement], list[Quote]]:
    """For words that are no Shenzhen measure: a framing line and the national articles listing them."""
    statements: list[Statement] = []
    quotes: list[Quote] = []
    for word in words:
        found = [Quote.of(p) for p in listing_articles(kb, word) if p.id not in {q.label for q in quotes}]
        if found:
            statements.append(Statement("以下国家法律条文列有这一名称："))
            quotes += [q for q in found if q.label not in {x.label for x in quotes}]
    return statements, quotes
