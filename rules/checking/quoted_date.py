"""A document's date quoted as it stands under its title: 来源只在标题下标了“2009-12-15”这个日期.

An inline quote is held to the passages' text, but a document's date is not in any passage: it is
what the source page prints under the title, kept in the document's front matter. So a right draft
that quoted that date in marks failed as a quote not found. A quote that is exactly a document's
date as the source writes it (the same digits and separators, nothing around them) is a verbatim
quote of that source; any other date, or the date with words about it, is not. The document is the
one the sentence names by its title, else the one the draft is about: another document's date (the
work report's under the regulation's title) is not found.
"""
from __future__ import annotations

import re

from .sources import SourceSet, squash

_DATE = re.compile(r"^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?$")


def front_date(span: str, sentence: str, sources: SourceSet, doc: str) -> bool:
    """Whether the quoted `span` is, as its source writes it, the date of the document `sentence`
    names by title (else of `doc`)."""
    s = squash(span)
    if not _DATE.match(s):
        return False
    named = [d for d in sources.documents.values() if f"《{d.title}》" in sentence]
    facts = named or [sources.documents[doc]] if doc in sources.documents else named
    return any(d.date and squash(d.date) == s for d in facts)
