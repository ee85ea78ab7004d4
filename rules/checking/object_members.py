"""A list of objects put after the text's own act in place of the text's: "巡查台账要如实记录巡查地点和
费用" where the text says "如实记录巡查时间、人员和发现的情况".

The act (如实记录巡查) is a long run of the text, and the objects are two short words: what the
sentence adds is too little for the coverage of its words to miss. Read here: a clause of the sentence
sharing a run of at least four characters with a clause of the document, and going on past that run
with a list (members joined by 、 / 和 / 及 / 与), restates what the text's clause puts after the same
run (which must be a list too: a run followed by anything else is not the list it restates); each
member must share a pair of characters with what the text's clause goes on with (时间 for
巡查的时间 is held, 地点 and 费用 are not). A clause whose run ends it, or that goes on with no list,
is left to the other readings.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Iterable

from .sources import bare

_CLAUSE = re.compile(r"[，,；;。：:\n]")
_JOIN = re.compile(r"、|以及|和|及|与")
# a run of references (第十三条、第十四条) or a negated clause (并不涉及…) is no list of objects
_NOT_A_LIST = re.compile(r"第[零一二两三四五六七八九十百\d]+[条款项]|不|没|未|无")
# what goes on after the shared run is a list: a join within its first few characters
_LISTED = re.compile(r"^[^，,；;。《》“”（）()]{1,12}?(?:、|以及|和|及|与)[^，,；;。]{2,}")


def may_concern(sentence: str) -> bool:
    return bool(_JOIN.search(sentence))


def _grams(text: str, n: int = 4) -> set[str]:
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def problems(sentence: str, passages: Iterable[str]) -> list[str]:
    clauses = [re.sub(r"\s", "", c) for p in passages for c in _CLAUSE.split(p) if len(bare(c)) >= 6]
    for c in (re.sub(r"\s", "", c) for c in _CLAUSE.split(sentence)):
        if len(c) < 6 or not _JOIN.search(c):
            continue
        grams = _grams(c)
        best = None
        for t in clauses:
            if not grams & _grams(t):
                continue
            m = SequenceMatcher(None, c, t, autojunk=False).find_longest_match(0, len(c), 0, len(t))
            if m.size >= 4 and (best is None or m.size > best[0].size):
                best = (m, t)
        if best is None:
            continue
        m, t = best
        mine, theirs = c[m.a + m.size:], t[m.b + m.size:]
        if re.search(r"[《》“”（）()第]", c[m.a:m.a + m.size]):
            continue                     # a title, a quote or a reference shared is not an act whose objects follow
        if not _LISTED.match(mine) or not _LISTED.match(theirs) or len(mine) > 16 or \
                _NOT_A_LIST.search(mine) or _NOT_A_LIST.search(theirs[:len(mine) + 4]):
            continue
        members = [bare(re.sub(r"^的", "", x)) for x in _JOIN.split(mine)]
        if len(members) < 2 or any(len(x) < 2 for x in members):
            continue
        held = _pairs(bare(theirs))
        lost = [x for x in members if not _pairs(x) & held]
        if lost:
            return [f"“{'、'.join(lost)}”不是原文在“{t[m.b:m.b + m.size]}”之后所列的（原文：{t[m.b:]}）"]
    return []
