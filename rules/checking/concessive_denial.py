"""A concession that denies an act in the very case the text allows it: "不可以，即使情况复杂、经机关负责人
批准也不行" where the text says "情况复杂的，经…批准，可以延长一次" (branch `wmiss6`).

即使 / 哪怕 / 就算 C 也不行 (也不能, 也不得 …) says the act is barred even in case C. When C is the
case the text itself names as the one in which the act may be done (the condition before its 可以
/ 可 / 准予 / 允许, a proviso's 但是…的，可以…, or a bar's 但…的除外), the sentence turns the text's
permission round; each word of it may be the text's, so the support test, which counts shared
words, passed it. The case is the text's when most of its content pairs (`NEAR`) are in the words
of one sentence of the text before its permission; the act denied is the permitted one when the
words after the denial (也不能延长) share a pair with what the text permits, or, with none (也不行),
when what it permits is said in the question or the draft (the act asked about).
A concession whose case no permission of the text names is left to the other readings
(concessive_proviso.py reads a proviso's case given the main rule's consequence).
"""
from __future__ import annotations

import re

from .sources import bare

_DENIED = re.compile(r"(?:即使|即便|哪怕|就算|纵使|纵然)(?P<case>[^。；;！!？?]{4,60}?)[，,]?\s*(?:也|都|仍然|仍|还是|依然|照样)+"
                     r"(?:是)?(?P<deny>不行|不可以|不可|不能够?|不得|不允许|不准|不予|没用|没有用)(?P<rest>[^。；;，,！!？?]*)")
# a permission of the text and what it permits: 可以延长, 可从轻, 准予…, 允许…
_PERMIT = re.compile(r"(?:可以|可(?![能是见])|准予|允许)(?P<act>[^，,。；;]{2,40})")
# a bar's exception: 不得X，但…的除外
_EXCEPT = re.compile(r"(?P<case>[^，,。；;]{4,60}?)的除外")
# what is done is said at the act's ends: its verb first (延长一次) or last (依照…进一步问责)
ENDS = 4
_FUNCTION = set("的了是在和与及也都就而则所其这那个些对于为被把将还按照经")
NEAR = 0.7          # share of the case's content pairs the text's words before its permission hold


def _pairs(text: str) -> set[str]:
    b = bare(text)
    return {b[i:i + 2] for i in range(len(b) - 1) if not set(b[i:i + 2]) & _FUNCTION}


def _permissions(document: str) -> list[tuple[str, str, str]]:
    """(the words of a sentence of the text before its permission, what it permits, the sentence
    up to the permission's end), each."""
    out = []
    for s in re.split(r"[。\n]", document):
        for m in _PERMIT.finditer(s):
            out.append((s[:m.start()], m.group("act"), s[:m.end()]))
        for m in _EXCEPT.finditer(s):
            bar = re.search(r"不得(?P<act>[^，,。；;]{2,12})", s[:m.start()])
            if bar is not None:
                out.append((m.group("case"), bar.group("act"), s[:m.end()]))
    return out


def may_concern(sentence: str) -> bool:
    return _DENIED.search(sentence) is not None


def problem(sentence: str, document: str, asked: str) -> str | None:
    """Why the sentence's concession bars an act in the case the text permits it; else None.
    `asked`: the question and the draft, where an act left unsaid (也不行) is named."""
    for m in _DENIED.finditer(sentence):
        case = _pairs(m.group("case"))
        if len(case) < 3:
            continue
        rest = _pairs(m.group("rest"))
        for before, act, said in _permissions(document):
            if len(case & _pairs(before)) < NEAR * len(case):
                continue
            permitted = _pairs(act)
            if rest and not rest & permitted:
                continue                 # another act denied in that case (也不能罚款)
            if not rest and not _pairs(act[:ENDS]) & _pairs(asked) and not _pairs(act[-ENDS:]) & _pairs(asked):
                continue                 # the act denied is not the one the text permits
            return f"原文正是在这种情形下允许：“{said[-50:]}”"
    return None
