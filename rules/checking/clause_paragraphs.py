"""A sentence that names two paragraphs (款) of one article, each in its own clause: "第十条第二款
规定通报批评可以和其他问责方式合并适用，调离现工作岗位就是第十条第一款列出的问责方式之一".

What a paragraph lists (`claims.listing`) is read against the text of the paragraph the sentence
names, and the sentence was given its first one: 调离现工作岗位 was then said not to be listed
where the clause says 第一款 lists it. Each stretch of clauses that begins at a reference to a
paragraph is read against that paragraph (clauses before the first reference belong to it);
a measure said to be listed by a paragraph that does not list it still fails
("…，免职就是第十条第二款列出的方式之一").
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ..references import find_refs
from .claims import Verdict

_CLAUSE = re.compile(r"[^，,；;]+[，,；;]?")


def listing(sentence: str, article: int | None, judge: Callable[[str], list[Verdict]]) -> list[Verdict]:
    """`judge` (the listing reading of one passage) per stretch of clauses when the sentence names
    several paragraphs of `article`, else of the whole sentence."""
    paragraphs = {r.paragraph for r in find_refs(sentence) if r.internal and r.article == article and r.paragraph}
    if article is None or len(paragraphs) < 2:
        return judge(sentence)
    stretches: list[str] = []
    for m in _CLAUSE.finditer(sentence):
        clause = m.group(0)
        starts = any(r.internal and r.article == article and r.paragraph for r in find_refs(clause))
        if starts and stretches and any(r.internal and r.paragraph for r in find_refs(stretches[-1])):
            stretches.append(clause)
        elif stretches:
            stretches[-1] += clause
        else:
            stretches.append(clause)
    # each stretch accounts for a part only: the sentence is not wholly a list for any of them
    return [replace(v, whole=False) for s in stretches for v in judge(s)]
