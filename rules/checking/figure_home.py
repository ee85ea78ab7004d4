"""A figure moved to another statement: "卫生健康主管部门收到投诉后5个工作日内转交被投诉的医疗机构"
where the statement on passing a complaint on says 3个工作日, and 5个工作日 is another
statement's (the extension of a major complaint's handling).

A paraphrase may be too loose for `aligned` to choose the statement it restates, and the support
test then finds the figure somewhere in a passage that shares enough words. Here each clause
with a figure is held to the statement of the whole document that shares most of its words
(figures left out). When that statement is clearly the one restated (its share beats that of
every statement holding the clause's figure by a margin) and it gives a figure in the same unit
that is not the clause's, the clause moved a figure.
"""
from __future__ import annotations

import re

from . import aligned as AL
from .numerals import arabic
from .sources import SourceText

_FIGURE_UNIT = re.compile(r"(\d+(?:\.\d+)?)\s*(个工作日|工作日|个月|小时|分钟|日|天|年|元|万元|%|名|人|次)")
# a span within the day is one kind of figure, said in hours or minutes: "1小时" for the text's
# "30分钟" is another figure of that kind, "60分钟" for "1小时" the same one
_MINUTES = {"分钟": 1, "小时": 60}


def _same_kind(a: str, b: str) -> bool:
    return a == b or a in _MINUTES and b in _MINUTES


def _same_figure(value: str, unit: str, v: str, u: str) -> bool:
    if unit in _MINUTES and u in _MINUTES:
        return float(value) * _MINUTES[unit] == float(v) * _MINUTES[u]
    return value == v and unit == u
MIN_SHARE = 0.6          # the restated statement shares this much of the clause's words at least
MARGIN = 0.2             # and this much more than any statement that holds the clause's figure


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    if passages:
        return []                        # an article named: `aligned` holds the clause to it
    units = AL.statements(whole, referred)
    out: list[str] = []
    for clause in AL._clauses(AL._REFS.sub("", arabic(sentence))):
        figs = [(m.group(1), m.group(2)) for m in _FIGURE_UNIT.finditer(clause)]
        # (the figure goes with its unit: 1小时 / 30分钟 choose no statement)
        mine = AL._pairs(AL._stripped(_FIGURE_UNIT.sub("|", clause), []))
        if not figs or len(mine) < 4:
            continue
        scored = sorted(((len(mine & u.grams) / len(mine), u) for u in units), key=lambda t: -t[0])
        if not scored or scored[0][0] < MIN_SHARE:
            continue
        share, best = scored[0]
        text = arabic(best.text)
        for value, unit in figs:
            theirs = [(m.group(1), m.group(2)) for m in _FIGURE_UNIT.finditer(text) if _same_kind(m.group(2), unit)]
            if not theirs or any(_same_figure(value, unit, v, u) for v, u in theirs):
                continue
            holding = max((s for s, u in scored if re.search(rf"(?<![\d.]){re.escape(value)}\s*{re.escape(unit)}", arabic(u.text))),
                          default=0.0)
            if share - holding >= MARGIN:
                out.append(f"“{value}{unit}”不是原文这一句的数字（原文：{best.text}）")
    return out
