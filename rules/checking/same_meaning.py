"""Words of one meaning (`vocabulary.same_meaning`): "造成用人失察" restating 第六条's "导致用人失察".
The support test reads a restatement term by term and takes a two-character word the article does
not have for an exchanged term; a word of the same group as the article's own word is no exchange.
The sentence is read with the article's word in its place, and only where the article has a word
of that group and lacks the one the sentence uses: a word of no group ("避免用人失察") is still
held to the article as written."""
from __future__ import annotations

from ..schema import RuleBook
from .sources import SourceText


def in_passage_words(sentence: str, passages: list[SourceText], book: RuleBook) -> str:
    """The sentence with each word of a same-meaning group that the passages lack replaced by the
    group's word they use (the first one, when they use several)."""
    text = "\n".join(p.text for p in passages)
    if not text:
        return sentence
    for group in book.vocabulary.same_meaning:
        theirs = [w for w in group if w in text]
        if not theirs:
            continue
        for w in group:
            if w in sentence and w not in text:
                sentence = sentence.replace(w, theirs[0])
    return sentence
