"""The asker's case placed in an item when its figure meets a later sibling item's bound (branch
`g15miss`).

"没有人员伤亡，属于第八条第一款第（一）项，在2小时内报告…" asked of "…没人受伤，但…损失估计6万", where
the list reads "（一）起火、冒烟但未造成人员伤亡的，在2小时内报告…；（二）造成人员受伤或者直接经济
损失5万元以上的，在1小时内报告…": a graded list puts a case in the item its gravest fact reaches, and
the case's figure is the question's, so the support test (which reads the sentence against the item
it names) passes the lower item. Read here: an item the sentence places the case in (属于 / 适用 /
按 / 对应 + 第N条…第（k）项) whose list has a later item bounding a figure (5万元以上, 超过10人 …) in
a unit the question gives a figure in, about the same thing (the words before the two figures share a
content pair: 损失 / 直接经济损失), while the placed item bounds nothing in that unit; when the
question's figure is inside that bound (its end included as the document's 所称…包括本数 says, else as
the word says), the case reaches the later item, and the sentence is wrong. A question with no
figure of the unit, or an earlier item's bound (a graver fact may place it further down), decides
nothing.
"""
from __future__ import annotations

import re
from typing import Callable

from . import numerals as N
from .case_bounds import definitions
from .case_figure_bound import _AFTER, _BEFORE, _inside, _unit
from .cited_item_case import _content, cited_items

_PLACING = re.compile(r"(?:属于|适用|按照|按|依照|对应|落入|归入|算作|算)$")
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)(万元|万|元|个工作日|工作日|个月|小时|日|天|人|名)")


def may_concern(sentence: str, question: str) -> bool:
    return "项" in sentence and bool(re.search(r"\d", question))


def _yuan(x: float, unit: str) -> tuple[float, str]:
    """A sum in 元 (the checker's passages write 5万元 as 50000元; the asker says 6万)."""
    return (x * 10000, "元") if unit in ("万元", "万") else (x, unit)


def _bounds(line: str) -> list[tuple[float, str, str, str]]:
    """The bounds of an item's line: (number, unit, bound word, the words before the number)."""
    out = []
    for m in _AFTER.finditer(line):
        out.append((*_yuan(float(m.group(1)), _unit(m.group(2))), m.group(4), line[max(0, m.start() - 8):m.start()]))
    for m in _BEFORE.finditer(line):
        out.append((*_yuan(float(m.group(2)), _unit(m.group(3))), m.group(1), line[max(0, m.start() - 8):m.start()]))
    return out


def problems(sentence: str, question: str, article_text: Callable[[int], str | None], texts: list[str]) -> list[str]:
    asked = N.arabic(question)
    figures = [(*_yuan(float(m.group(1)), _unit(m.group(2))), asked[max(0, m.start() - 8):m.start()])
               for m in _FIGURE.finditer(asked)]
    if not figures:
        return []
    for ref, _, items in cited_items(sentence, _PLACING, 4, article_text):
        placed = {u for _, u, _, _ in _bounds(items[ref.item])}
        for k in sorted(n for n in items if n > ref.item):
            for b, unit, word, noun in _bounds(items[k]):
                if unit in placed:
                    continue
                for x, u, said in figures:
                    if u == unit and _content(said) & _content(noun) and _inside(x, b, word, definitions(texts)):
                        return [f"问题中的{x:g}{u}已达到同一列表第（{k}）项的“{b:g}{unit}{word}”，不只属于第（{ref.item}）项"]
    return []
