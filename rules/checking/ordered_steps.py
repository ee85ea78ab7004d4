"""An order of two acts (先由党委、政府作出免职决定，然后再移送司法机关) is a claim of its own: the text
must give that order, not only the acts.

A sentence "先A，然后/再/之后B" (or "先A后B") says A comes before B. It is held when one sentence
of the sources has most of A's and B's words with a word of order between them (后, 之后, 然后,
再, 前, 方可, 才: 初步问责后…进一步问责; 报…审定后向社会公开). When no sentence of the sources
orders the two (第四条: 涉嫌犯罪的，移送司法机关依法处理, with no step before it), the order is the
draft's own. 首先, 优先, 事先, 先行 are no order of two acts.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare, bigrams

_STEPS = re.compile(r"(?<![首优事预原领争])先(?!行|进|例)(?P<a>[^，,。；;：:！!？?\n*]{2,30}?)[，,]?\s*"
                    r"(?:然后再?|之后再?|以后再?|随后再?|再|后)(?P<b>[^，,。；;：:！!？?]{2,24})")
# (自…之日起 starts the one step from the other's end: 自初步核实完成之日起5个工作日内决定; g16alarm)
_ORDER = re.compile(r"后|然后|之后|以后|再|之前|前|方可|才|先|自[^，,。；;]{1,20}?之日起")
# "A以后才能B", "A之后再B": A before B, the order said by 才 / 再 / 方 after the act (branch wmiss9)
_THEN = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,20}?)(?:之|以)?后[，,]?(?:还|也)?(?:才|再|方)(?:能够?|可以?|会|要)?(?P<b>[^，,。；;：:！!？?]{2,24})")
# the words of order between two acts the source names, one way and the other
_AFTER = re.compile(r"后|然后|之后|以后|再|方可|才|并|自[^，,。；;]{1,20}?之日起")
_BEFORE = re.compile(r"前|之前|以前|先")
_FROM = re.compile(r"自[^，,。；;]{1,20}?之日起")
_DENIED = re.compile(r"不是|并非|不|没|未|无需")
MIN_STEP = 0.5            # share of a step's character pairs a source sentence must have


def _share(step: str, sentence_grams: set[str]) -> float:
    g = bigrams(step)
    return len(g & sentence_grams) / len(g) if g else 0.0


def _at(step: str, text: str) -> int:
    """Where the step's words start in the text: the first of its character pairs, read from its
    start, that the text has (报市…核定 is where 报市 is, not an earlier 自然 of another body)."""
    return next((i for k in range(len(step) - 1) if (i := text.find(step[k:k + 2])) >= 0), -1)


def _in_order(a: str, b: str, s: str) -> bool:
    """Whether the source sentence puts A before B: a word of order between them that points their
    way (A…后/并/再…B, or B…前…A), or one it can only read one way (自…之日起, 方可). A sentence
    that names B first and joins A after it (召开现场会，并作出初步问责决定) gives the other order
    (branch wmiss9: before, any 后 of the sentence, 事故后, was read as this order)."""
    i, j = _at(a, s), _at(b, s)
    if i < 0 or j < 0 or i == j:
        return bool(_ORDER.search(s))
    if i < j:               # (acts one after the other in the text's own sequence: 初步确定，报…核定)
        return bool(_AFTER.search(s[i:j]) or re.search(r"[，,；;]", s[i:j]) or _FROM.search(s))
    # (B前, A: the 前 right after B's own words; a 前 of a third event, 在国务院、省作出问责决定前, orders
    # nothing of B; or 先 just before A)
    return bool(_BEFORE.search(s[j + max(len(b) - 2, 0):j + len(b) + 3]) or "先" in s[max(j, i - 3):i])


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    out = []
    for m in [*_STEPS.finditer(sentence), *_THEN.finditer(sentence)]:
        a, b = bare(m.group("a")), bare(m.group("b"))
        if len(a) < 2 or len(b) < 2:
            continue
        if m.re is _THEN and _DENIED.search(sentence[max(0, m.start() - 3):m.start()] + a[:4]):
            continue              # (不是等事故调查结束后再启动: an order denied, no order claimed)
        if m.re is _THEN and not all(any(_share(x, bigrams(s)) >= MIN_STEP for p in passages
                                         for s in re.split(r"[。\n]", p.text)) for x in (a, b)):
            continue              # (建议找到完整文本后再核对: advice whose acts no passage names, not the text's order)
        ordered = False
        for p in passages:
            for s in re.split(r"[。\n]", p.text):
                grams = bigrams(s)
                if _share(a, grams) >= MIN_STEP and _share(b, grams) >= MIN_STEP and _in_order(a, b, s):
                    ordered = True
                    break
            if ordered:
                break
        if not ordered:
            out.append(f"来源没有规定“{m.group('a')}”在“{m.group('b')}”之前的顺序")
    return out
