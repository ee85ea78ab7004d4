"""Which articles of a regulation refer to which, item by item: 第八条 "有本办法第四条第（二）项、
第（四）项情形的，给予…" links 第八条 to items 2 and 4 of 第四条.

A reference that excludes ("第五条、第六条之外的") is no link. Read from the articles' own text (rules/references.py, the one reader of references) when a
corpus is first asked, so that an index built before item references were parsed has them too.
This module only records the links; which of them an answer follows is the answer's business
(bot/core/crossrefs.py).
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from rules.references import aliases_defined, find_refs

from .retrieval import Corpus

# "本规定第五条、第六条之外的…", "除第五条外": the articles named are the ones it is not about.
_EXCLUDES = re.compile(r"^(规定的?)?(情形)?(之外|以外|外)")
_CACHE: "weakref.WeakKeyDictionary[Corpus, list[Link]]" = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Link:
    doc_id: str
    source: int                      # the article that refers
    target: int                      # the article it refers to
    items: tuple[int, ...] = ()      # the target's items named; () = the whole article


def article_links(kb: Corpus) -> list[Link]:
    """Every reference of a regulation's article to another article of the same regulation."""
    if kb not in _CACHE:
        links: list[Link] = []
        aliases: dict[str, dict[str, str]] = {}
        for c in kb.chunks:            # in document order: a short name is defined before use
            if c.meta.get("doc_kind") != "regulation" or c.meta.get("article") is None:
                continue
            doc, source = c.meta["doc_id"], c.meta["article"]
            known = aliases.setdefault(doc, {})
            known.update(aliases_defined(c.text))
            items: dict[int, set[int | None]] = {}
            for r in find_refs(c.text, known):
                if r.internal and r.article != source and not _EXCLUDES.match(c.text[r.end:]) \
                        and not c.text[:r.start].endswith("除"):
                    items.setdefault(r.article, set()).add(r.item)
            for target, named in items.items():
                whole = None in named
                links.append(Link(doc, source, target, () if whole else tuple(sorted(i for i in named if i))))
        _CACHE[kb] = links
    return _CACHE[kb]


__all__ = ["Link", "article_links"]
