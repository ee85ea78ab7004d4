"""A condition said not to matter: "不论第三方是故意还是过失，…就不予追究" where the text says
"因第三方故意破坏…的".

不论 / 无论 / 不管 A 还是 B (或 B, 是否 A) says that what follows holds whichever of the alternatives
is the case. When the sentence of the text the claim restates names one alternative as its condition
(故意破坏) and not the other, the text's rule is the named alternative's only, and the sentence
widens it; the support test found every other word and passed it. The text's own 不论 / 无论 / 不管 /
是否 or its own mention of the other alternative leaves the sentence to the other readings.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare, bigrams

_EITHER = re.compile(r"(?:不论|无论|不管)(?P<subj>[^，,。；;：:]{0,10}?)是?(?P<a>[^，,。；;：:是]{2,8}?)(?:还是|或者是?|或是|或)"
                     r"(?P<b>[^，,。；;：:]{2,12}?)(?=的|[，,。；;：:]|都|也|均)")
_WHETHER = re.compile(r"(?:不论|无论|不管)(?P<subj>[^，,。；;：:]{0,10}?)(?:是否|有没有|有无)(?P<a>[^，,。；;：:]{2,10}?)(?=的|[，,。；;：:]|都|也|均)")
_TEXT_REGARDLESS = re.compile(r"不论|无论|不管|是否|有无")


def _core(word: str) -> str:
    return bare(re.sub(r"^(?:是|为|属于|出于|因为?|由于)|(?:的|了)$", "", word))


def _span(rest: str, texts: list[str]) -> str:
    """The sentence of the passages (cut at 。；) that shares most character pairs with the rest of
    the claim, the 不论 clause left out."""
    mine = bigrams(bare(rest))
    spans = [x for t in texts for x in re.split(r"[。；;\n]", t) if x.strip()]
    if not mine or not spans:
        return ""
    best = max(spans, key=lambda x: len(mine & bigrams(bare(x))))
    return best if len(mine & bigrams(bare(best))) / len(mine) >= 0.3 else ""


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    texts = [p.text for p in passages]
    for m in list(_EITHER.finditer(sentence)) + list(_WHETHER.finditer(sentence)):
        span = _span(sentence[:m.start()] + sentence[m.end():], texts)
        if not span or _TEXT_REGARDLESS.search(span):
            continue
        a = _core(m.group("a"))
        b = _core(m.group("b")) if "b" in m.groupdict() else ""
        said = [x for x in (a, b) if x and len(x) >= 2 and x in bare(span)]
        if len(said) != 1:
            continue
        return [f"原文的条件只是“{said[0]}”，不是{m.group(0)[:2]}哪一种都行（原文：{span.strip()}）"]
    return []
