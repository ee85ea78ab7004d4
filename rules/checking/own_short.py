"""A short title by the kind word of the regulation the answer is about: 《办法》, 《规定》.

A regulation's title ends with its kind (……责任追究办法, ……暂行规定), and an answer about it
names it by that word alone ("《办法》第二十条第二款：…"). The Shenzhen regulation defines 《办法》
for another title in its own text (第七条: 《深圳市行政过错责任追究办法》（以下简称《办法》）),
and the checker took every 《办法》 for that definition, so a right answer about an ingested
办法 was told that 《办法》 is not in the article it quoted.

A short name a text defines (以下简称《办法》) is that text's: it holds in the document that
defines it. In a passage of another document — one that defines no such name and whose own
title ends with the word — the word names the passage's own document. The passage must still
hold everything else the sentence says; only the title stops counting as a missing name.
"""
from __future__ import annotations

from .sources import squash


def own_short(title: str, context: str, known_titles: frozenset[str] | set[str], aliases: dict) -> bool:
    """《title》 is the short name of the document whose whole text is `context` (squashed, title
    first): its title ends with it, and the name another document defines is not defined here."""
    if len(title) < 2 or title not in aliases or f"简称《{title}》" in context:
        return False
    if any(squash(full.strip("《》")) == squash(title) for full in aliases[title]):
        return False
    return any(k.endswith(title) and k != title and context.startswith(squash(k)) for k in known_titles)


def names_own(title: str, sources, default_doc: str) -> bool:
    """《title》 names `default_doc`, the regulation the sentence is about, by its kind word:
    see `own_short` (the name another document defines is not defined in this one)."""
    doc = sources.documents.get(default_doc)
    if doc is None or not doc.title.endswith(title):
        return False
    return own_short(title, sources.context(default_doc), {doc.title}, sources.aliases)
