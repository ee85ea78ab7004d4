"""A reference glossed in brackets with what the provision it names says: "场地提供方明知运营单位未按
本办法第六条第一款第（二）项的要求设置充电区域（也就是充电区域与人员密集场所、安全出口的间距不少于
6米）仍然出租的，要承担相应责任" (branch galarm4).

The bracket restates the referenced provision, not the article the sentence restates (第十条 has only
"第六条第一款第（二）项的要求"), so its words were held to 第十条 and failed there ("原文这一句只说
“区域”，没有“人员”"). Read: a bracket opened by 也就是 / 即 / 就是 / 指 in a clause that names a provision
by number is that provision's words when the provision holds every figure of it and nearly all of its
words (nine in ten of its character pairs); then the sentence is judged without it, as
the sentence it glosses. A gloss the provision does not hold (a changed figure, another distance, words of
another item) is left in the sentence, and fails there as before.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs
from .sources import bare, bigrams

_GLOSS = re.compile(r"[（(](?:也就是说?|亦即|也即|即|就是|指的是|是指|指)(?P<said>[^（()）]*(?:[（(][^（()）]*[)）][^（()）]*)*)[)）]")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_HELD = 0.9


def _held(said: str, text: str) -> bool:
    mine = bigrams(bare(said))
    return bool(mine) and len(mine & bigrams(bare(text))) >= _HELD * len(mine)


def without_gloss(sentence: str, provision: Callable[[object], str | None]) -> str:
    """The sentence without each bracketed gloss that restates the provision named before it in its
    clause (`provision(ref)` -> that provision's text); else unchanged."""
    out = sentence
    for m in reversed(list(_GLOSS.finditer(sentence))):
        start = max(sentence.rfind(c, 0, m.start()) for c in "。；;") + 1
        refs = [r for r in find_refs(sentence[start:m.start()]) if r.article and not r.doc_number]
        if not refs:
            continue
        text = provision(refs[-1])
        said = m.group("said")
        if not text or not said.strip():
            continue
        if any(f not in _FIGURE.findall(text) for f in _FIGURE.findall(said)):
            continue
        if _held(said, text):
            out = out[:m.start()] + out[m.end():]
    return out
