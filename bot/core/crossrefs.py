"""Cross-references followed in a passage answer, for any regulation in the index: an article
the answer quotes comes with the article that refers to it ("有本办法第四条第（二）项、第（四）项
情形的，给予…": a situation with its consequence) and with the article it refers to ("按本办法
第十二条规定的期限进行": a rule with the rule it applies), when that article bears on the question.

Bearing on the question means: a reference to particular items counts only when the question
is about one of those items (a question about 第四条第（四）项 gets 第八条, not 第七条, which
names items 1 and 3); a reference to a whole article counts when the question is about that
article; an article referred to counts when it shares a specific word with the question, or
when the question is about the items the reference names.
"""
from __future__ import annotations

import re

from knowledge.links import article_links
from knowledge.retrieval import Corpus, Passage
from rules.references import cn_int

from bot.core.leading import question_terms, score

MAX_FOLLOWED = 2           # articles joined to an answer by its references
_ITEM = re.compile(r"^[（(]([一二三四五六七八九十]+)[）)]")


def asked_items(terms: dict[str, float], p: Passage) -> set[int]:
    """The items of an article the question is about: those sharing most of its words."""
    scored: dict[int, float] = {}
    for line in p.text.splitlines():
        m = _ITEM.match(line.strip())
        if m:
            try:
                scored[cn_int(m.group(1))] = score(terms, line)
            except ValueError:
                continue
    top = max(scored.values(), default=0.0)
    return {n for n, s in scored.items() if s == top} if top > 0 else set()


def followed(kb: Corpus, question: str, p: Passage) -> list[Passage]:
    """The articles that join the answering passage `p` by their references, consequences first."""
    terms = question_terms(kb, question)
    have = {(p.doc_id, p.article)}
    referring: list[Passage] = []
    referred: list[Passage] = []
    links = article_links(kb)
    if p.article is not None and p.meta.get("doc_kind") == "regulation":
        items = asked_items(terms, p)
        for link in links:
            if link.doc_id != p.doc_id:
                continue
            if link.target == p.article and (not link.items or set(link.items) & items):
                other = kb.article(link.source, p.doc_id)
                if other is not None and (other.doc_id, other.article) not in have:
                    have.add((other.doc_id, other.article))
                    referring.append(other)
            elif link.source == p.article:
                other = kb.article(link.target, p.doc_id)
                if other is None or (other.doc_id, other.article) in have:
                    continue
                if score(terms, other.text) > 0 or set(link.items) & asked_items(terms, other):
                    have.add((other.doc_id, other.article))
                    referred.append(other)
    return (referring + referred)[:MAX_FOLLOWED]


__all__ = ["asked_items", "followed"]
