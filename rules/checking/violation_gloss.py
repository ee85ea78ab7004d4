""""违反第十一条第（二）项，也就是工地出入口未设车辆冲洗设施": a cited duty's violation, glossed (branch
g23alarm).

An item of duties says what must be done (在工地出入口设置车辆冲洗设施); the article that punishes
its breach cites it and says the breach (违反本办法第十一条第（二）项规定，未设置车辆冲洗设施或者车辆
未冲洗干净驶出工地的). A draft that names the violated item and glosses the violation (也就是 / 即 /
就是 …) says the breach: held to the item, its 未 read as the opposite of the item's words and a
right sentence was flagged. The gloss is held to the case the citing article attaches to that
reference (the words after 违反…规定 up to its 的): most of its content pairs there, and a
negation where the case has one. A gloss that restates the duty itself (with no negation where
the case has one) does not say its breach and is wrong. A reference no article cites with 违反, or
a gloss that matches neither, is left to the other readings.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs
from .sources import bare, bigrams

_N = r"[零一二两三四五六七八九十百\d]+"
_GLOSSED = re.compile(rf"^(?:这|这是|属于)?违反(?:了)?(?:本办法|本规定|本条例)?(?P<ref>第{_N}条(?:第{_N}款)?第?[（(][一二三四五六七八九十\d]+[)）]项?)"
                      r"(?:的?规定)?(?:的义务)?[，,](?:也就是说?|即|就是|也即|具体是|指的是)[，,]?(?P<gloss>[^。；;]+)[。；;]?$")
_CITING = re.compile(rf"违反(?:本办法|本规定|本条例)?(?P<ref>第{_N}条(?:第{_N}款)?第?[（(][一二三四五六七八九十\d]+[)）]项?)"
                     r"(?:的?规定)?[，,](?P<case>[^。；;]+?的)[，,]")
_NEG = re.compile(r"[未没不无]")
_FUNCTION = set("的了是在和与及也都就而则所其或者把将被")
SAME = 0.5


def _pairs(text: str) -> set[str]:
    return {g for g in bigrams(bare(text)) if not set(g) <= _FUNCTION}


def judged(sentence: str, passages: list[str], item_text: Callable[[int, int], str | None]) -> tuple[bool | None, str]:
    """(held, why) for a sentence that glosses the violation of a cited item; held None when the
    sentence is no such gloss or nothing decides it. `passages`: the document's texts;
    `item_text(article, item)`: the item's own line."""
    m = _GLOSSED.match(sentence.strip())
    if m is None:
        return None, ""
    refs = [r for r in find_refs(m.group("ref")) if r.article and r.item]
    if len(refs) != 1:
        return None, ""
    r = refs[0]
    cases = [c.group("case") for t in passages for c in _CITING.finditer(t)
             if any(x.article == r.article and x.item == r.item for x in find_refs(c.group("ref")))]
    if not cases:
        return None, ""
    gloss = m.group("gloss")
    mine = _pairs(gloss)
    if len(mine) < 3:
        return None, ""
    best = max(cases, key=lambda c: len(mine & _pairs(c)))
    share = len(mine & _pairs(best)) / len(mine)
    if share >= SAME and bool(_NEG.search(gloss)) == bool(_NEG.search(best)):
        return True, f"违反该项规定的情形：{best}"
    duty = item_text(r.article, r.item) or ""
    if duty and len(mine & _pairs(duty)) / len(mine) >= SAME and _NEG.search(best) and not _NEG.search(gloss):
        return False, f"“{gloss}”说的是该项规定的义务本身，不是违反它的情形（原文：{best}）"
    return None, ""
