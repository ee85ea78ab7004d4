"""The items of another article that an article refers to (branch reg5).

"第十六条第一款针对的是第五条第（三）项、第（四）项" names one article (or paragraph) and items of
another: it says the first refers to those items. The support test finds each item's words in
its own item and the article's figures in the article, and `aligned` has no words left to align
once the references are taken out, so the claim passed where 第十六条第一款 says 第五条第（二）项、
第（三）项. Here a clause that names one article or paragraph A and items of another article B
is held to A's own references: when A's text refers to items of B (and not to B as a whole),
every item of B the clause names must be one of them. A clause that denies (没有, 不, 未) is left
to the other readers.
"""
from __future__ import annotations

import re

from ..references import Ref, find_refs, int_cn
from .sources import SourceText

_CLAUSE = re.compile(r"[，,；;。！!？?\n]")
_NEGATION = re.compile(r"不(?!仅|但|论|管|同|断)|未|没|无(?!论)|非(?!常)")


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    out = []
    for clause in _CLAUSE.split(sentence):
        refs = [r for r in find_refs(clause) if r.internal]
        citing = {(r.article, r.paragraph) for r in refs if r.item is None}
        items = [r for r in refs if r.item is not None]
        if len(citing) != 1 or not items or _NEGATION.search(clause):
            continue
        article, paragraph = next(iter(citing))
        cited = {r.article for r in items}
        if len(cited) != 1 or article in cited:
            continue
        target = next(iter(cited))
        text = _text(article, paragraph, whole, referred)
        if not text:
            continue
        theirs = [r for r in find_refs(text) if r.article == target]
        have = {r.item for r in theirs if r.item is not None}
        if not have or any(r.item is None for r in theirs):
            continue
        mine = {r.item for r in items}
        if not mine <= have:
            where = f"第{int_cn(article)}条" + (f"第{int_cn(paragraph)}款" if paragraph else "")
            said = "、".join(f"第（{int_cn(n)}）项" for n in sorted(have))
            out.append(f"{where}所说的是第{int_cn(target)}条{said}，不是"
                       f"{'、'.join(f'第（{int_cn(n)}）项' for n in sorted(mine - have))}")
    return out


def _text(article: int, paragraph: int | None, whole: list[SourceText], referred) -> str | None:
    """The text of the article (of its paragraph, when one is named)."""
    if paragraph and referred is not None:
        return referred(Ref(article=article, paragraph=paragraph))
    return next((p.text for p in whole if p.article == article), None)
