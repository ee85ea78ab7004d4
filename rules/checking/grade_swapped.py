"""A grade of a scale said in place of the grade the restated statement names: "台风橙色以上预警期间
未履行职责" where the text says "台风红色预警期间未履行职责" (branch g19miss).

Regulations grade warnings by colour (蓝色 / 黄色 / 橙色 / 红色), accidents, hazards and events by
weight (一般 / 较大 / 重大 / 特别重大), responses by level (一级 … 四级, Ⅰ级 … Ⅳ级). A clause that keeps
the words of a statement and changes the grade of its warning or accident keeps almost every
character pair, and the grade it says is found elsewhere in the document (第七条's 台风橙色以上预警),
so the support test finds it.

Read here, for a clause and the statement `aligned` chose for it: the grades the clause gives each
head noun (预警, 事故, 隐患, 事件, 响应, 风险), a bound after the grade (以上, 及以上) or a list
(较大、重大事故) taken as the grades it names. Where the statement gives that head grades too and the
clause names none of them, the clause swapped the grade. A clause that names the statement's grade
(with others or a bound) is left to the other readings.
"""
from __future__ import annotations

import re

_GRADE = r"特别重大|重大|较大|一般|红色|橙色|黄色|蓝色|[一二三四]级|[ⅠⅡⅢⅣ]级"
_HEAD = r"预警|事故|隐患|事件|响应|风险"
# a run of grades joined by 、/和/或者, an optional bound, then (within two characters) the head
_GRADED = re.compile(rf"((?:(?:{_GRADE})(?:{_HEAD})?(?:、|和|或者|或|及|以及)?)+)(?:及?以上|及?以下)?[\u4e00-\u9fff]{{0,6}}?({_HEAD})")


def grades(text: str) -> dict[str, set[str]]:
    """head noun -> the grades the text gives it."""
    out: dict[str, set[str]] = {}
    for m in _GRADED.finditer(text):
        out.setdefault(m.group(2), set()).update(re.findall(_GRADE, m.group(1)))
    return out


def gives(clause: str, statement: str) -> bool:
    """The statement gives each head of the clause the grades the clause gives it (and more, may be)."""
    theirs = grades(statement)
    mine = grades(clause)
    return bool(mine) and all(g <= theirs.get(h, set()) for h, g in mine.items())


def may_concern(clause: str) -> bool:
    return bool(re.search(_GRADE, clause)) and bool(re.search(_HEAD, clause))


def problems(clause: str, statement: str) -> list[str]:
    if not may_concern(clause):
        return []
    theirs = grades(statement)
    out = []
    for head, mine in grades(clause).items():
        if theirs.get(head) and not mine & theirs[head]:
            out.append(f"原文这一句说的是“{'、'.join(sorted(theirs[head]))}{head}”，"
                       f"不是“{'、'.join(sorted(mine))}{head}”（原文：{statement}）")
    return out
