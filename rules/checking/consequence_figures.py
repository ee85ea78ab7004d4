"""The figures of another case's consequence said after a case's condition: "未按时限出具检测报告的，
由区城管处1万元以上3万元以下罚款" where the text says "…未按照…规定的时限出具检测报告的，由区城市管理部门
予以通报批评；未按照第八条第二款规定告知、报告重大隐患的，处1万元以上3万元以下罚款" (branch g19miss).

A text often gives two cases of one article two consequences side by side. A draft that keeps the
first case and gives it the second one's fine keeps every word and figure of the article, and the
reading of "X的，Y" (`aligned`) compares the consequence's character pairs, in which figures count
for nothing, so a fine said in a short abbreviation (区城管) matches no statement clearly.

Read here, for a condition clause (…的) that restates a statement saying a consequence of its own
after its condition (…的，由…予以通报批评), referring to no other provision for it: each figure with
its unit that the clause after the condition says. Where that figure is not the statement's, and
another statement of the same article (a case of its own, …的，) holds every such figure, the
consequence was taken from that case.
"""
from __future__ import annotations

import re

from .numerals import arabic

_FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万元|元|个工作日|工作日|个月|日|天|小时|年)")
# a statement that hands its consequence to another provision
_REFERS = re.compile(r"第[零一二两三四五六七八九十百\d]+条|前款|本条|前条|依照|按照|参照|依法")


def _figures(text: str) -> set[tuple[str, str]]:
    return {(m.group(1), m.group(2)) for m in _FIGURE.finditer(arabic(text))}


def problems(condition: str, then: str, unit, units) -> list[str]:
    """`unit` the statement `condition` restates, `units` the document's statements."""
    mine = _figures(then)
    if not mine:
        return []
    text = unit.text
    head, sep, consequence = text.rpartition("的，")
    if not sep or len(consequence) < 4 or _REFERS.search(consequence) or getattr(unit, "item", None):
        return []
    theirs = _figures(text) | _figures(getattr(unit, "read", "") or "")
    moved = mine - theirs
    if not moved:
        return []
    for other in units:
        if other is unit or other.article != unit.article or "的，" not in other.text:
            continue
        if moved <= _figures(other.text):
            return [f"原文对“{condition}”的规定是“{consequence}”，“{then}”是另一种情形的规定（原文：{other.text}）"]
    return []
