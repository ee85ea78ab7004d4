"""A term glossed with the definition the text gives another term (branch `g17miss`).

"谎报：故意隐瞒已经发生的事故或者险情" where the text says "谎报，是指故意不如实报告；瞒报，是指故意
隐瞒已经发生的事故或者险情": a text defines its terms side by side (X，是指…；Y，是指…, or an article
of 下列用语的含义), and a draft that gives X the words of Y's definition keeps every word of the
article, so the support test passes it.

Read here: the document's definitions (a clause "[本办法所称]X，是指D" or "X是指D"/"X指D"), and a
sentence that glosses one of its terms (X：D, X，是指D, X是指D, X指D, X就是D, X即D, 所谓X…). When the
gloss D restates another term's definition (most of its pairs there) and not the term's own (less
than half there), the definitions were swapped. A term the document does not define, or a gloss
that restates neither definition, decides nothing.
"""
from __future__ import annotations

import re

from .aligned import _pairs
from .sources import SourceText

_DEFINED = re.compile(r"^(?:本(?:办法|规定|条例|细则)所称的?)?([\u4e00-\u9fff]{1,12}?)(?:，?是指|，指)(.{4,})$")
_GLOSS = re.compile(r"^(?:所谓)?[“「\"]?([\u4e00-\u9fff]{1,12}?)[”」\"]?(?:[：:]|，?是指|，?指的是|指|就是|即)(.{4,})$")
_MARK = re.compile(r"^\s*(?:[-*•·]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、)）]|[一二三四五六七八九十]+、)\s*")
OTHER = 0.8            # the gloss's pairs in the other term's definition
OWN = 0.5              # below this share in the term's own definition


_INDEX: dict[tuple, dict[str, list[str]]] = {}


def _definitions(passages: list[SourceText]) -> dict[str, list[str]]:
    key = tuple((p.id, p.text) for p in passages)
    if key not in _INDEX:
        out: dict[str, list[str]] = {}
        for p in passages:
            for line in p.text.splitlines():
                for c in re.split(r"[；;。]", _MARK.sub("", re.sub(r"^\s*第[零一二两三四五六七八九十百\d]+条\s*", "", line))):
                    m = _DEFINED.match(c.strip())
                    if m:
                        out.setdefault(m.group(1), []).append(m.group(2))
        if len(_INDEX) > 32:
            _INDEX.clear()
        _INDEX[key] = out
    return _INDEX[key]


def may_concern(text: str) -> bool:
    return bool(re.search(r"[：:]|指|就是|即", text))


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    m = _GLOSS.match(_MARK.sub("", sentence.strip()).rstrip("；;。，, "))
    if not m:
        return []
    defs = _definitions(passages)
    term, gloss = m.group(1), m.group(2)
    own = defs.get(term)
    if not own:
        return []
    mine = _pairs(gloss)
    if len(mine) < 3:
        return []
    if max(len(mine & _pairs(d)) / len(mine) for d in own) >= OWN:
        return []
    for other, ds in defs.items():
        if other != term and any(len(mine & _pairs(d)) / len(mine) >= OTHER for d in ds):
            return [f"原文“{term}”是指{own[0][:30]}，这里给的是“{other}”的定义"]
    return []
