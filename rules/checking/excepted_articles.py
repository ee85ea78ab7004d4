"""Articles a sentence names only as the exception of another: "500人以上不满1000人的活动参照本办法，
不过第十条（许可申请）和第二十九条不适用" restating "…参照本办法执行，但本办法第十条、第二十九条的规定除外"
of 第三十八条.

Why: the sentence is held to the articles it names, and here it names them as what does not apply:
its statement (the figures, the case, the rule) is the excepting article's, which it does not name,
and was then "not found" in 第十条 and 第二十九条.

Read here: a sentence that names articles of the document and says they do not apply (不适用, 除外,
例外, 排除, 不包括) is also held to the one article of the document, not among them, that excepts every
one of them in a clause of its own (a clause with 除外 / 不适用 whose references include them all),
when that article says more of the sentence than any article it names. The named articles stay
named (what the sentence says of them is still held to them); the excepting article is added.
"""
from __future__ import annotations

import re
from ..references import find_refs
from .sources import SourceSet, SourceText
from .support import coverage

_EXCEPTED = re.compile(r"不适用|除外|例外|排除|不包括|不在此列")
_CLAUSE = re.compile(r"[。；;\n]")


def _excepting_clauses(text: str) -> list[frozenset[int]]:
    return [refs for c in _CLAUSE.split(text) if _EXCEPTED.search(c)
            and (refs := frozenset(r.article for r in find_refs(c) if r.internal and r.article and not r.item))]


def excepting(sentence: str, named: list[SourceText], sources: SourceSet, doc: str) -> list[SourceText]:
    """The article that excepts every article the sentence names as not applying, or []."""
    if not named or not _EXCEPTED.search(sentence):
        return []
    mine = {p.article for p in named if p.article is not None and p.doc_id == doc}
    if not mine or len(mine) != len(named):
        return []
    best = max(coverage(sentence, p.text) for p in named)
    found = [(c, p) for p in sources.of_document(doc)
             if p.article is not None and p.article not in mine
             and any(mine <= refs for refs in _excepting_clauses(p.text))
             and (c := coverage(sentence, p.text)) > best]
    return [max(found, key=lambda t: t[0])[1]] if found else []
