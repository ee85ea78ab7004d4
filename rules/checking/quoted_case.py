"""A quoted case followed by what it is classed as: "“重伤三人以上九人以下”，属于情节严重" (branch holesa).

A regulation grades cases line by line (…重伤三人以上九人以下…，属于情节较重；…重伤十人以上…，属于
情节严重). A sentence that quotes one case and says what it is classed as makes a claim about that
line: the class must be the quoted line's own. The checker removes quotes it has verified before
the support test, so only "属于情节严重" was weighed, against the whole article, where another line
says it, and the sentence passed. (placed_case.py reads the same tail when a case's figure is placed
in the quoted range; this reads the quote standing alone as the case.)

The reading: a quote the document has verbatim, then (after 的, 这种情形) a class said with 属于, 算,
为, 是, 构成, 认定为. The class must be in a line of the document holding the quote (a line: up to 。,
；, or a line break); said instead only in lines that do not hold the quote, it is another case's, and
the sentence is wrong. A class the document says nowhere decides nothing here (the support test
judges it).
"""
from __future__ import annotations

import re

from . import numerals as N
from .placed_case import _CLASSED, _NOUN_DROP, _PAREN, _pairs

_QUOTED = re.compile(r"[“\"](?P<q>[^”\"]{4,})[”\"](?:的|这种情形|这一情形|这种情况|这一项|这一档|这种)?")
_LINES = re.compile(r"[。；;\n]")


def misclassed(sentence: str, texts: list[str]) -> str:
    """Why the sentence gives a quoted case another line's class, or ""."""
    if "“" not in sentence and '"' not in sentence:
        return ""
    plain = N.arabic(sentence)
    doc: list[str] | None = None
    for m in _QUOTED.finditer(plain):
        said = _CLASSED.match(_PAREN.sub("", plain[m.end():]))
        if said is None:
            continue
        what = _pairs(_NOUN_DROP.sub("", said.group("what")))
        if len(what) < 2:
            continue
        if doc is None:
            doc = [x for t in texts for x in _LINES.split(N.arabic(t)) if x.strip()]
        q = m.group("q")
        homes = [x for x in doc if q in x]
        if not homes or any(what <= _pairs(h) for h in homes):
            continue
        others = [x for x in doc if q not in x and what <= _pairs(x)]
        if others:
            return f"“{q}”所在的原文没有说“{said.group('what')}”（原文：{homes[0]}；“{said.group('what')}”说的是：{others[0]}）。"
    return ""
