"""Words the rule book says are not its regulation's, used as another regulation's (branch
reg6miss).

A draft that names neither regulation is the book's unless its words are clearly another's
(`focus.document`: seven character pairs only that regulation has). A short list of that
regulation's measures ("5种：责令书面检查、通报批评、诫勉、调离岗位或者停职检查、依法依规给予
处分") has few such pairs, and stayed with the Shenzhen book, which then called 诫勉 "not a measure
of this regulation". The book's vocabulary names the measure words that are not its own
(`not_measures`); a draft that says such a word without denying it, where another regulation's
text has it, speaks of that regulation's measures, and fewer of its own pairs decide (the ones
`focus` asks where two titles end alike).
"""
from __future__ import annotations

import re

from ..schema import RuleBook
from .sources import SourceSet

_DENIED = re.compile(r"不|没|非|无|未")


def used(question: str, draft: str, book: RuleBook, sources: SourceSet, doc: str) -> list[str]:
    """The book's not-measure words the draft (or the question) affirms and the document's text
    has."""
    text = sources.context(doc)
    out = []
    for word in book.vocabulary.not_measures:
        if word not in text:
            continue
        for piece in re.split(r"[。；;！？?!\n]", question + "\n" + draft):
            if word in piece and not _DENIED.search(piece):
                out.append(word)
                break
    return out
