"""The unit a figure is counted in: 15个工作日 is not 15日.

`aligned` holds a clause's figure to the statement it restates as a number; a draft that keeps
the number and changes its unit (15个工作日 where the text says 15日, 30日 for 30个工作日) still
passes there. The units are data (rules/data/figure_units.yaml): a group's words are one unit, so
15天 meets 15日. A figure the clause counts in a unit of the data is held to the statement's
occurrences of that figure: when each of them is counted in a unit of another group, the clause
says another figure. A figure the statement gives without a known unit is not judged here.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from . import clause_hits as CH
from .sources import SourceText

_DATA = Path(__file__).resolve().parent.parent / "data" / "figure_units.yaml"


@lru_cache(maxsize=1)
def _units() -> tuple[tuple[str, str], ...]:
    """(word, group) pairs, longest word first."""
    groups = yaml.safe_load(_DATA.read_text(encoding="utf-8"))["units"]
    return tuple(sorted(((w, g) for g, ws in groups.items() for w in ws), key=lambda t: -len(t[0])))


def unit_after(text: str, end: int) -> str | None:
    """The group of the unit right after a figure ending at `end` (None for no known unit, or a
    date: 3月31日, 2035年3月)."""
    for word, group in _units():
        if text.startswith(word, end):
            if re.match(r"\d", text[end + len(word):end + len(word) + 1]):
                return None
            return group
    return None


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    """A figure of a clause counted in another unit than the statement it restates counts it in."""
    r = CH.read(sentence, passages, whole, referred)
    out = []
    for hit in r.hits.values():
        for m in re.finditer(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.%])", hit.clause):
            mine = unit_after(hit.clause, m.end())
            if mine is None:
                continue
            theirs = {unit_after(hit.unit.text, u.end())
                      for u in re.finditer(rf"(?<![\d.]){re.escape(m.group(0))}(?![\d.])", hit.unit.text)}
            if theirs and None not in theirs and mine not in theirs:
                out.append(f"“{m.group(0)}”的单位与原文不符（原文：{hit.unit.text}）")
    return out
