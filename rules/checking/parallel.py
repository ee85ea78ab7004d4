"""A figure taken from the parallel part of one statement: 三级…不得少于2名 where the text says
三级…不得少于3名，二级…不得少于2名.

`aligned` holds a clause's figure to the whole statement it restates, and a statement that sets
parallel figures for parallel subjects (one for 三级, one for 二级) holds them all. Here the
statement is cut into its parts at commas, and the clause is held to the part it restates: when
one part with a figure explains the clause strictly better than every other (its words, the
figures left out) and does not hold the clause's figure, while another part does, the clause
took the figure of the part beside it. Parts are parallel when they share at least PARALLEL of
the smaller one's words (not a condition and the consequence it is attached to).
"""
from __future__ import annotations

import re

from . import aligned as AL
from . import clause_hits as CH
from .sources import SourceText

PARALLEL = 0.4            # share of the smaller part's words two parallel parts have in common
_FIG = re.compile(r"(?<![\d.])\d+(?:\.\d+)?%?(?![\d.])")


def _words(text: str) -> set[str]:
    """A part's character pairs, its figures left out (each pair of one side of a figure)."""
    return {g for g in AL._pairs(_FIG.sub("|", text)) if "|" not in g}


def _parallel(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= PARALLEL


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    r = CH.read(sentence, passages, whole, referred)
    out = []
    for clause in r.clauses:
        figures = _FIG.findall(clause)
        mine = _words(clause)
        if not figures or len(mine) < 4:
            continue
        # (every part with a figure of the statements the sentence may restate: the clause's own
        # statement may be chosen by words the parallel parts share)
        scored = sorted(((len(mine & _words(p)) / len(mine), p, u) for u in r.units
                         for p in CH.parts(u.text) if _FIG.search(p)), key=lambda t: -t[0])
        if len(scored) < 2 or scored[0][0] <= scored[1][0] or scored[0][0] < AL.MIN_ALIGN:
            continue
        share, best, unit = scored[0]
        # (parallel parts: each sibling shares PARALLEL of the smaller's words with the best part;
        # a condition and its consequence, 对…超过3%的街道、乡镇 | 抽查比例应当提高到15%, are none)
        siblings = [p for p in CH.parts(unit.text) if p != best and _parallel(best, p)]
        for f in figures:
            if f not in _FIG.findall(best) and any(f in _FIG.findall(p) for p in siblings):
                out.append(f"“{f}”是原文另一部分的数字（原文这一部分：{best}）")
    return out
