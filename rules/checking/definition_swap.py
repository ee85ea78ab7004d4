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

(wmiss8) The gloss may follow its basis ("根据第十九条，从重追究是指…"), and the term may be one the
document uses without defining it: "从重追究是指…降低一档确定追究方式" where only 减轻追究 is defined
that way. A term the document does not define is held to be another when it and the defined term
share their head (追究) but not their modifier (从重 / 减轻), and the document says that modifier
itself (从重追究, 可以从轻或者减轻追究): the two are the document's own, distinct terms. A term of
other words (减轻处理 for 减轻追究) is a paraphrase and decides nothing.
"""
from __future__ import annotations

import re

from .aligned import _pairs
from .sources import SourceText

_DEFINED = re.compile(r"^(?:本(?:办法|规定|条例|细则)所称的?)?([\u4e00-\u9fff]{1,12}?)(?:，?是指|，指)(.{4,})$")
# (wmiss9) a term's rule, said with the term as its topic (从重追究，应当在…内从重确定追究方式): the
# term's own statement as its definition is, which a draft may give another term as well
_RULED = re.compile(r"^([\u4e00-\u9fff]{2,6}?)[，,]?(应当|应|须|必须)(.{4,})$")
_GLOSS = re.compile(r"^(?:所谓)?[“「\"]?([\u4e00-\u9fff]{1,12}?)[”」\"]?(?:[：:]|，?是指|，?指的是|指|就是|即)(.{4,})$")
# the basis a gloss may follow: 根据第十九条，/ 依照本办法第5条规定，/ 按照《…》第二条
_BASIS = re.compile(r"^(?:根据|依照|依据|按照)(?:《[^》]{1,40}》)?(?:本(?:办法|规定|条例|细则))?第[零一二两三四五六七八九十百\d]+条"
                    r"(?:第[零一二两三四五六七八九十\d]+(?:款|项))*(?:的)?(?:规定)?[，,]")
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
                for c in re.split(r"[；;。]", _MARK.sub("", re.sub(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*", "", line))):
                    m = _DEFINED.match(c.strip())
                    if m:
                        out.setdefault(m.group(1), []).append(m.group(2))
                    elif (r := _RULED.match(c.strip())) and "，" in c[:len(r.group(1)) + 1] and "的" not in r.group(1):
                        out.setdefault(r.group(1), []).append(r.group(3))
        if len(_INDEX) > 32:
            _INDEX.clear()
        _INDEX[key] = out
    return _INDEX[key]


def may_concern(text: str) -> bool:
    return bool(re.search(r"[：:]|指|就是|即", text) or _RULED.match(_MARK.sub("", text.strip())))


def _other_term(term: str, other: str, passages: list[SourceText]) -> bool:
    """Whether an undefined `term` is the document's own term distinct from the defined `other`:
    the same head, another modifier, and that modifier said in the document (see the docstring)."""
    head = 0
    while head < min(len(term), len(other)) and term[-1 - head] == other[-1 - head]:
        head += 1
    # (a modifier is two characters at least: 从轻追究 and 减轻追究 share 轻追究, yet 从轻 and 减轻 are
    # the modifiers, 追究 the head)
    while head > 2 and len(term) - head < 2:
        head -= 1
    mod, other_mod = term[:len(term) - head], other[:len(other) - head]
    if head < 2 or len(mod) < 2 or not other_mod or mod in other_mod or other_mod in mod:
        return False
    text = "\n".join(p.text for p in passages)
    return mod in text and not re.search(rf"简称[“\"]?{re.escape(term)}", text)


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    said = _MARK.sub("", sentence.strip()).rstrip("；;。，, ")
    m = _GLOSS.match(said) or _GLOSS.match(_BASIS.sub("", said))
    r = None if m else (_RULED.match(said) or _RULED.match(_BASIS.sub("", said)))
    if not m and (r is None or "的" in r.group(1)):
        return []
    defs = _definitions(passages)
    term, gloss = (m.group(1), m.group(2)) if m else (r.group(1), r.group(3))
    own = defs.get(term)
    mine = _pairs(gloss)
    if len(mine) < 3:
        return []
    if own and max(len(mine & _pairs(d)) / len(mine) for d in own) >= OWN:
        # (wmiss9) two statements of one frame (在…相应档次内从重确定 / 在…相应档次以下降低一档确定)
        # share most words; the words the gloss has beyond its own term's are then the other's
        beyond = mine - {g for d in own for g in _pairs(d)}
        other = next((o for o, ds in defs.items() if o != term and len(beyond) >= 2 and any(
            len(beyond & _pairs(d)) / len(beyond) >= OTHER and len(mine & _pairs(d)) / len(mine) >= OTHER for d in ds)), None)
        return [f"原文“{term}”是{own[0][:30]}，这里给的是“{other}”的规定"] if other else []
    for other, ds in defs.items():
        if other != term and any(len(mine & _pairs(d)) / len(mine) >= OTHER for d in ds):
            if own:
                return [f"原文“{term}”是指{own[0][:30]}，这里给的是“{other}”的定义"]
            if _other_term(term, other, passages):
                return [f"原文这样定义的是“{other}”，不是“{term}”"]
    return []
