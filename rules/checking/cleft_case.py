"""A cleft that names the one case an act is open to: "能申请提前移出的只有严重情形" where the text
reads "较重情形的不良行为记录满3个月，…可以向市住建局申请提前移出" and "严重情形的不良行为记录不得提前移出".

Why: "Y的只有X" is "X的，Y" said the other way round, and the sentence's words (提前移出, 严重情形)
are all in the article, so the support test passes it whichever case it names: the words of the
case that may and of the case that may not are the same words.

Read here: the sentence "Y的(只有|仅有|仅限)X" is split into the act Y (its modal words
aside) and the case X, which the text must state as one (X的). The statements of the document (its sentences, cut at 。；) whose opening
clause names X and that hold most of Y's character pairs (HOLDS) say what the text gives X: when
one says Y with Y's parity of negations, (the parity of the clause that says it, not of a condition's 未再被追究) the cleft holds; when all
that say Y of X deny it (不得…),
the cleft gives X what the text denies. When no statement says Y of X but one says it, with Y's
parity, of another case, "只有X" names the wrong case. Otherwise the sentence is left to other
readings.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare, bigrams

HOLDS = 0.6               # share of the act's pairs a statement must hold
_CLEFT = re.compile(r"^(?P<y>[^，,；;。]+?)的(?:只有|仅有|仅限于?|只限于?|就只有)(?P<x>[^，,；;。]+?)[。！!；;]?$")
_FILLER = re.compile(r"应当|应|必须|可以|可|能够|能|会|才|都|也")
_NEGATION = re.compile(r"不(?!仅|但|论|管|同|断)|未|没|无(?!论)|免予|免于")
_SENT = re.compile(r"[。；;\n]")
_CLAUSE = re.compile(r"[，,]")


def _parity(text: str) -> bool:
    return len(_NEGATION.findall(text)) % 2 == 1


def problems(sentence: str, whole: list[SourceText]) -> list[str]:
    m = _CLEFT.match(sentence.strip())
    if m is None:
        return []
    act, case = _FILLER.sub("", m.group("y")), bare(m.group("x")).rstrip("的")
    mine = bigrams(act)
    if len(mine) < 2 or len(case) < 2 or not any(case + "的" in bare(p.text) for p in whole):
        return []         # (X must be a case the text states: X的)
    of_case: list[bool] = []
    of_other: list[bool] = []
    for p in whole:
        for s in _SENT.split(p.text):
            if not bare(s) or len(mine & bigrams(_FILLER.sub("", s))) / len(mine) < HOLDS:
                continue
            said = max(_CLAUSE.split(s), key=lambda c: len(mine & bigrams(_FILLER.sub("", c))))
            same = _parity(said) == _parity(act)      # (the clause that says the act: not a condition's 未)
            (of_case if case in bare(_CLAUSE.split(s)[0]) else of_other).append(same)
    if any(of_case):
        return []
    if of_case:
        return [f"原文对“{case}”的规定与“{bare(m.group('y'))}”相反"]
    if any(of_other):
        return [f"原文没有把“{bare(m.group('y'))}”给予“{case}”，给予的是另一情形"]
    return []
