"""A reference of a clause said to point at another article or item (branch `g17miss`).

"但是，有本办法第三十二条规定情形之一的除外" where the text says "但是，有本办法第三十一条规定情形之一
的除外": a draft that restates a clause word for word but for the article (or item) it refers to
passes the support test, which finds every word in the article and both articles in the document.

Read here: each clause of the sentence (cut at ，；：。) that refers to an article of the document
itself (第N条, 本办法第N条第（X）项; not another document's) is set beside the clauses of the document
that refer too: with every reference masked, a clause of the document that has the same words
(most of the sentence clause's pairs in it, and most of its own in the sentence clause), and the same
word right after the reference (规定 / 的), is the clause restated. When every such clause refers to
other articles or items than the sentence clause does, the reference was changed; a clause the
document also has with the sentence's reference, or one that matches no clause closely, decides
nothing. A sentence that cites where it comes from (（第三十条第二款）) adds its own reference in no
frame of the text's, so it is not read.
"""
from __future__ import annotations

import re

from ..references import cn_int, find_refs
from .aligned import _REFS, _pairs
from .sources import SourceText

_ITEM = re.compile(r"第[（(]([一二三四五六七八九十]+)[)）]项")
_CLAUSE = re.compile(r"[，,；;：:。！？\n]")
MIN_CHARS = 6          # a clause this short (masked) says too little to be matched
OWN = 0.8              # the document clause's pairs the sentence clause keeps
MINE = 0.7             # the sentence clause's pairs in the document clause


def _refs(clause: str) -> frozenset[tuple]:
    refs = {(r.article, r.paragraph, r.item) for r in find_refs(clause) if r.internal}
    # an item named again without its article (第五条第（二）项或者第（三）项)
    return frozenset(refs | {(None, None, cn_int(n)) for n in _ITEM.findall(clause)}) if refs else frozenset()


def _agree(mine: frozenset, theirs: frozenset) -> bool:
    """The sentence's references are among the clause's: an article it cites, and an item of it
    when both name items (第五条第（二）项或者第（三）项 names item （三） without its article again)."""
    articles = {a for a, _, _ in theirs if a}
    items = {i for _, _, i in theirs if i}
    said_items = {i for _, _, i in mine if i}
    return bool({a for a, _, _ in mine if a} & articles) and (not said_items or not items or bool(said_items & items))


def _after(clause: str) -> str:
    """The two characters right after the clause's last reference (规定, 的…)."""
    spans = list(_REFS.finditer(clause))
    return clause[spans[-1].end():spans[-1].end() + 2] if spans else ""


_INDEX: dict[tuple, list[tuple[str, frozenset, frozenset, str]]] = {}


def _clauses(passages: list[SourceText]) -> list[tuple[str, frozenset, frozenset, str]]:
    """The document's clauses that refer to its own articles: (text, references, pairs, after)."""
    key = tuple((p.id, p.text) for p in passages)
    if key not in _INDEX:
        out = []
        for p in passages:
            for c in _CLAUSE.split(re.sub(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*", "", p.text)):
                refs = _refs(c)
                if refs:
                    out.append((c, refs, frozenset(_pairs(c)), _after(c)))
        if len(_INDEX) > 32:
            _INDEX.clear()
        _INDEX[key] = out
    return _INDEX[key]


def may_concern(text: str) -> bool:
    return "第" in text and bool(re.search(r"第[零一二两三四五六七八九十百\d]+条", text))


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    doc = None
    out: list[str] = []
    for clause in _CLAUSE.split(sentence):
        mine = _refs(clause)
        if not mine or "《" in clause or len(_REFS.sub("", clause)) < MIN_CHARS:
            continue
        pairs = _pairs(clause)
        if not pairs:
            continue
        doc = doc if doc is not None else _clauses(passages)
        after = _after(clause)
        matched = [(c, refs) for c, refs, theirs, aft in doc
                   if aft == after and len(pairs & theirs) / len(pairs) >= MINE and len(pairs & theirs) / len(theirs) >= OWN]
        if matched and all(not _agree(mine, refs) for _, refs in matched):
            out.append(f"原文这句引的不是这一条（原文：{matched[0][0].strip()[:40]}）")
    return out
