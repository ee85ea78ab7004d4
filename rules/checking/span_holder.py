"""A frequency moved from one member of a clause to another: "汛期内对Ⅰ级、Ⅱ级隐患点每季度复核不少于
一次" where the text says "对Ⅰ级、Ⅱ级的隐患点每月……复核不少于一次，对其他隐患点每季度复核不少于一次".

Both spans are the text's, the act after them (复核不少于一次) is the text's, and the sentence's other
words are the text's too, so neither the support test nor the reading of spans the text never says
(every_n.py) sees the swap. Read here: a span of the sentence (每月, 每两年, 每季度) is held to the
clauses of the document that put a span before the same act (the four characters after the
sentence's span, found in what follows the clause's span). Among those, the clause whose words
before its span share most pairs of characters with the sentence's words before its own is the one
restated; when it says another span, and no clause saying the sentence's span is as close, the
sentence gives the act the span of another member. A span no clause puts before that act is left to
the other readings.
"""
from __future__ import annotations

import re

from .every_n import _SPAN, _spans
from .sources import bare

_CLAUSE_END = re.compile(r"[，,；;。：:\n]")


def may_concern(sentence: str) -> bool:
    return "每" in sentence and bool(_SPAN.search(sentence))


def _pairs(text: str) -> set[str]:
    t = bare(text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _spans_in(text: str) -> list[tuple[str, tuple[int, str], str]]:
    """Each span of a text with the words of its clause before it and those after it."""
    out = []
    for m in _SPAN.finditer(text):
        said = _spans(m.group(0))
        if not said:
            continue
        starts = [c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())]
        before = text[starts[-1] if starts else 0:m.start()]
        after = _CLAUSE_END.split(text[m.end():], 1)[0]
        out.append((before, said[0], after))
    return out


def problems(sentence: str, passages: list[str]) -> list[str]:
    if not may_concern(sentence):
        return []
    theirs = [s for p in passages for s in _spans_in(p)]
    for before, span, after in _spans_in(sentence):
        act = bare(after)[:4]
        if len(act) < 4:
            continue
        mine = _pairs(before)
        same_act = [(len(mine & _pairs(b)), s) for b, s, a in theirs if act in bare(a)]
        if not same_act:
            continue
        best = max(score for score, _ in same_act)
        if best < 3 or any(score >= best and s == span for score, s in same_act):
            continue
        other = next(s for score, s in same_act if score == best)
        return [f"“每{'' if span[0] == 1 else span[0]}{span[1]}”：原文对这些对象规定的是"
                f"每{'' if other[0] == 1 else other[0]}{other[1]}"]
    return []
