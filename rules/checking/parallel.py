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
from .sources import SourceText, bigrams

PARALLEL = 0.4            # share of the smaller part's words two parallel parts have in common
_FIG = re.compile(r"(?<![\d.])\d+(?:\.\d+)?%?(?![\d.])")


def _words(text: str) -> set[str]:
    """A part's character pairs, its figures left out (each pair of one side of a figure)."""
    return {g for g in AL._pairs(_FIG.sub("|", text)) if "|" not in g}


def _parallel(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= PARALLEL


# a clause that only states whom or what the next one is about: 如果是个人干的, 单位的话, 对于单位
_CONDITION = re.compile(r"^(?:如果|如|若|假如|要是|对于|对)?[^，,。；;\d]{1,12}?(?:的话|的)$")


def _with_conditions(clauses: list[str]) -> list[str]:
    """The clauses, a figureless condition joined to the clause after it: "如果是个人干的，处5000元
    以上2万元以下罚款" says whose figure it is in the condition, and held alone the figures' clause
    names no party of the statement's parallel parts (对单位处…，对个人处…: g21alarm)."""
    out, pending = [], ""
    for c in clauses:
        if not _FIG.search(c) and _CONDITION.match(c.strip()):
            pending += c
            continue
        out.append(pending + c)
        pending = ""
    return out + ([pending] if pending else [])


def _scored(mine: set[str], units: list, words=_words) -> list[tuple[float, str, object]]:
    """(share of the clause's words, part, statement) of each part with a figure, best first."""
    return sorted(((len(mine & words(p)) / len(mine), p, u) for u in units
                   for p in CH.parts(u.text) if _FIG.search(p)), key=lambda t: -t[0])


def _all_words(text: str) -> set[str]:
    """A part's character pairs, function characters kept (个人 is a party, not 个 and 人)."""
    return {g for g in bigrams(_FIG.sub("|", text)) if "|" not in g}


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    r = CH.read(sentence, passages, whole, referred)
    out = []
    for clause in _with_conditions(r.clauses):
        figures = _FIG.findall(clause)
        mine = _words(clause)
        if not figures or len(mine) < 4:
            continue
        # (every part with a figure of the statements the sentence may restate: the clause's own
        # statement may be chosen by words the parallel parts share)
        scored = _scored(mine, r.units)
        if len(scored) < 2 or scored[0][0] <= scored[1][0]:
            # (no part wins on words alone, as a penalty's "处…以上…以下罚款" matches every
            # penalty of the document: the statements that hold one of its figures choose: g21alarm)
            # (read with every character: the party 个人 is 个 and 人, which `_words` drops as function)
            held = [u for u in r.units if set(figures) & set(_FIG.findall(u.text))]
            scored = _scored(_all_words(clause), held, _all_words)
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
