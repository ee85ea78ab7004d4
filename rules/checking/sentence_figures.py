"""A figure said of the statement the whole sentence restates, that statement giving another
(branch `g17miss`).

"属于第二十条第（二）项…的情形，未发生事故的，处5万元以上20万元以下罚款" where the text says "有第二十条
第（二）项规定情形，未发生事故的，处5万元以上10万元以下罚款": the figures sit in a clause of their
own (处…以上…以下罚款) that every item of a penalty article shares, so `aligned` (which holds each
clause to the statement it restates) finds them in a sibling statement (发生一般事故的，处5万元以上20万
元以下罚款), and the support test finds them in the article.

Read here: the statement of the document the whole sentence restates, figures aside (its words and
those of the provisions it refers to, `aligned.statements`): the one sharing most of the sentence's
pairs, at least `SHARE`, a tie broken by the references the sentence itself makes (第二十条第（二）项
for the statement that cites that item). When that statement gives figures of a unit and the
sentence gives another figure of that unit, and every statement that holds the sentence's figure is
restated clearly less (by `MARGIN`), the figure was moved from another statement. A sentence
restating two statements alike, or none clearly, or saying much beside the statement (most of the
statement's own words not in it: two statements in one sentence), decides nothing; nor does a
figure the question gives (the asker's case), the year of a date, or a figure of what the
statement refers to (前款规定期限).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..references import find_refs
from . import aligned as AL
from .numerals import arabic
from .sources import SourceText

_FIGURE_UNIT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(个工作日|工作日|个月|小时|分钟|日|天|年|万元|元|%|名|人|次)")
SHARE = 0.6            # the sentence's pairs (figures aside) in the statement it restates
TIE = 0.02             # statements this close to the best are tied
MARGIN = 0.15          # a holder of the sentence's figure restated this much less
OWN = 0.6              # the statement's own pairs (figures aside) the sentence says


@lru_cache(maxsize=1 << 12)
def _figures(text: str) -> frozenset[tuple[str, str]]:
    return frozenset((m.group(1), m.group(2)) for m in _FIGURE_UNIT.finditer(arabic(text)))


def _refs(text: str) -> set[tuple]:
    return {(r.article, r.item) for r in find_refs(text) if r.internal}


def may_concern(text: str) -> bool:
    return bool(_FIGURE_UNIT.search(arabic(text)))


def problems(sentence: str, question: str, passages: list[SourceText], referred=None) -> list[str]:
    text = arabic(sentence)
    said = _figures(text)
    if not said or not passages:
        return []
    mine = AL._pairs(_FIGURE_UNIT.sub("|", text))
    if len(mine) < 6:
        return []
    units = AL.statements(passages, referred)
    scored = [(len(mine & u.grams) / len(mine), u) for u in units]
    best = max((s for s, _ in scored), default=0.0)
    if best < SHARE:
        return []
    top = [u for s, u in scored if s >= best - TIE]
    if len(top) > 1:
        cited = _refs(text)
        top = [u for u in top if cited and _refs(u.text) and _refs(u.text) <= cited]
        if len(top) != 1:
            return []
    statement = top[0]
    own = AL._pairs(_FIGURE_UNIT.sub("|", arabic(statement.text)))
    if not own or len(own & mine) / len(own) < OWN:
        return []                     # the sentence says more than this statement (two of them)
    theirs = _figures(statement.read)         # its own figures and those of what it refers to
    asked = _figures(question)
    out: list[str] = []
    for f in sorted(said):
        if f in theirs or f in asked or not any(g[1] == f[1] for g in theirs):
            continue
        if f[1] == "年" and len(f[0]) == 4:
            continue                  # a year of a date (2037年), no span
        held = max((s for s, u in scored if f in _figures(u.text)), default=0.0)
        if held > best - MARGIN:
            continue
        # the clause holding the figure, read alone: one restating a holder better than the
        # statement is another statement said in the same sentence (…7日内报告，30日内…补报)
        clause = next((c for c in re.split(r"[，,；;：:。]", text) if f[0] + f[1] in c.replace(" ", "")), "")
        alone = AL._pairs(_FIGURE_UNIT.sub("|", clause))
        if alone and max((len(alone & u.grams) for u in units if f in _figures(u.text)), default=0) > len(alone & statement.grams):
            continue
        out.append(f"“{f[0]}{f[1]}”不是原文这句给的数字（原文：{statement.text.strip()[:40]}）")
    return out
