"""Classes a grading table defines in its cells: "| Ⅲ级（中型） | 受威胁人数50人以上不满300人；或者… |
因灾死亡2人以上不满8人；或者… |" under the header "| 等级 | 险情划分标准 | 灾情划分标准 |" (branch
`g21miss`).

`class_threshold` and `asked_class` hold the asker's figure, said to reach a class, to the bounds of
the class's definition; they read definitions written as sentences (<class>，是指…) and as lists of
cases (listed_classes.py). An annex may instead grade two kinds of thing in one table: each row a
grade (its first cell), each further column a kind (its header, 险情划分标准: the kind is what stands
before 划分标准 / 认定标准 / 标准), and each cell that grade's definition for that kind. So every cell
is a class of its own, named by the grade and the kind together (Ⅲ级险情, also with the row's
gloss: Ⅲ级（中型）险情, 中型险情), and defined by the cell's words: its "；或者" alternatives and its
"，且" conditions read as a sentence's definition reads them (an alternative is met by one bound, a
joined condition only with the other). A table whose header names no kind with a 标准 column, or a
row whose cell has no figure, defines nothing here.

A sentence may name the grade alone ("Ⅲ级（中型）。" answering "…是几级灾情？", "50人也算在Ⅳ级里" after
"…是不是Ⅳ级险情？"): `kinded` gives the grade the one kind of the table the sentence or the question
names, so that the grade is read as that kind's class; with no kind named, or two, nothing is read.
"""
from __future__ import annotations

import re

_ROW = re.compile(r"^\s*\|(.+)\|\s*$")
_RULE = re.compile(r"^[\s|:\-]+$")
_KIND = re.compile(r"^([\u4e00-\u9fff]{1,6}?)(?:划分|认定|分级)?标准$")
_GLOSS = re.compile(r"^(.+?)[（(]([^）)]+)[）)]$")


def _cells(line: str) -> list[str] | None:
    m = _ROW.match(line)
    return [c.strip() for c in m.group(1).split("|")] if m else None


def classes(text: str) -> dict[str, str]:
    """The classes the grading tables of `text` (figures in digits) define: class name -> the cell."""
    out: dict[str, str] = {}
    header: list[str] | None = None
    kinds: list[str | None] = []
    for line in text.splitlines():
        cells = _cells(line)
        if cells is None:
            header = None
            continue
        if header is None:
            header = cells
            kinds = [(_KIND.match(c).group(1) if _KIND.match(c) else None) for c in cells]
            continue
        if _RULE.match(line) or len(cells) != len(header):
            continue
        label = cells[0]
        g = _GLOSS.match(label)
        names = [label] + ([g.group(1), g.group(2)] if g else [])
        for kind, cell in zip(kinds[1:], cells[1:]):
            if kind is None or not re.search(r"\d", cell):
                continue
            for name in names:
                out.setdefault(f"{name}{kind}", cell)
    return out


def table_kinds(text: str) -> set[str]:
    """The kinds the grading tables of `text` grade (险情, 灾情)."""
    out: set[str] = set()
    header = True
    for line in text.splitlines():
        cells = _cells(line)
        if cells is None:
            header = True
            continue
        if header:
            out |= {m.group(1) for c in cells[1:] if (m := _KIND.match(c))}
        header = False
    return out


def kinded(rest: str, said: str, text: str, defined: dict[str, str]) -> tuple[str, str] | None:
    """(the class, the grade as written) for a grade named alone at the start of `rest` (Ⅲ级（中型）,
    Ⅳ级), when exactly one kind of the text's tables is named in `said` (the sentence and the
    question) and the grade with that kind is a class the text defines; else None."""
    kinds = [k for k in table_kinds(text) if k in said]
    if len(kinds) != 1:
        return None
    grades = {name[:-len(kinds[0])] for name in defined if name.endswith(kinds[0])}
    grade = next((g for g in sorted(grades, key=len, reverse=True) if g and rest.startswith(g)), None)
    return (f"{grade}{kinds[0]}", grade) if grade else None
