"""A table of grades read as the sentences it stands for.

A regulation written in Markdown may grade its cases in a table: a header row naming what each
column is (| 情节 | 对责任单位 | 对责任人员 |), a separator, and one row per grade
(| 较重 | 约谈主要负责人 | 诫勉或者调离岗位 |). Each row says "情节较重的，对责任单位约谈主要负责人，
对责任人员诫勉或者调离岗位". Read line by line, a row is a run of cells with no condition and no
subject: a draft that restates one ("情节较轻的，对责任单位责令限期整改、通报批评") was held to the
article's lead line and flagged, while one that gave a grade another row's measure ("情节较重的，
对责任人员依法给予处分", the 严重 row's) passed, every word of it being somewhere in the article.

Here a row is
- written out as that sentence (`prose`), so that the statements the checker aligns a draft's
  clauses with are the rows themselves, with their condition and their columns' subjects; and
- held to its own cells (`problems`): a sentence that names one row's first cell (较重, or 情节较重)
  says only what that row has for it. A measure of another row's cells that the named row does not
  have fails; so does a measure said of one column (对责任人员) that the row has only under another
  (对责任单位). Nothing else is decided here: a sentence that names no row, or two rows in one
  stretch, is left to the other readings.
No word of any regulation is read here: the grades, columns and measures are the table's own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .numerals import arabic
from .sources import bare, bigrams

_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# where a cell's measures part: marks and the conjunctions between them
_PARTS = re.compile(r"[，,；;、。]|或者|以及|并处|并且|和|及(?!时)")
# a column named by its subject: 对责任单位 is said 对责任单位 or 责任单位
_TO = re.compile(r"^(?:对|向|给)")
_SHARE = 0.75       # of a measure's character pairs a sentence must have to say it


@dataclass(frozen=True)
class Table:
    """One table: its header cells and its rows' cells (the first cell names the row)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def _cells(line: str) -> tuple[str, ...] | None:
    m = _ROW.match(line)
    return tuple(c.strip() for c in m.group(1).split("|")) if m else None


def tables(text: str) -> list[Table]:
    """The tables of a text: a row of cells, a separator, and the rows under it."""
    lines = text.splitlines()
    out: list[Table] = []
    i = 0
    while i < len(lines):
        head = _cells(lines[i])
        if head and i + 1 < len(lines) and _RULE.match(lines[i + 1]):
            rows = []
            j = i + 2
            while j < len(lines) and (cells := _cells(lines[j])) is not None:
                if len(cells) == len(head):
                    rows.append(cells)
                j += 1
            out.append(Table(head, tuple(rows)))
            i = j
        else:
            i += 1
    return out


def prose(line: str, text: str) -> str | None:
    """A data row of a table of `text` written as the sentence it stands for (情节较重的，对责任单位
    约谈主要负责人，对责任人员诫勉或者调离岗位); "" for a header or separator line (it says nothing
    of its own); None for a line that is no table row."""
    if _RULE.match(line):
        return ""
    cells = _cells(line)
    if cells is None:
        return None
    for t in tables(text):
        if cells == t.header:
            return ""
        if cells in t.rows:
            key = cells[0].removesuffix("的")
            rest = "，".join(f"{h}{c}" for h, c in zip(t.header[1:], cells[1:]) if c)
            return f"{t.header[0]}{key}的，{rest}"
    return None


def _measures(cell: str) -> list[str]:
    """A cell's measures: its parts between marks and conjunctions, three characters or more."""
    return [b for p in _PARTS.split(cell) if len(b := bare(p)) >= 3]


_FIGURE = re.compile(r"\d+(?:\.\d+)?%?")


def _says(sentence: str, measure: str) -> bool:
    """The sentence says the measure: whole, or most of its pairs and every figure of it (扣减…的
    5%至10% is not 扣减…的10%至20%)."""
    if measure in sentence:
        return True
    if any(f not in _FIGURE.findall(sentence) for f in _FIGURE.findall(measure)):
        return False
    g = bigrams(measure)
    return len(g) >= 3 and len(g & bigrams(sentence)) >= _SHARE * len(g)


def _stretches(s: str, keys: list[str]) -> list[tuple[str, str]]:
    """The sentence cut where it names a row: (row key, what follows up to the next row named).
    A key inside a longer key said there (严重 of 特别严重) is the longer key's."""
    hits: list[tuple[int, int, str]] = []
    for k in sorted(keys, key=len, reverse=True):
        for m in re.finditer(re.escape(k), s):
            if not any(a <= m.start() < b for a, b, _ in hits):
                hits.append((m.start(), m.end(), k))
    hits.sort()
    if len({k for _, _, k in hits}) == 1:
        return [(hits[0][2], s)]      # one row named: the whole sentence is said of it (…的，属于情节较重)
    return [(k, s[e:(hits[n + 1][0] if n + 1 < len(hits) else len(s))]) for n, (_, e, k) in enumerate(hits)]


def may_concern(sentence: str) -> bool:
    """Cheaply: whether the sentence can restate a row (it has a measure of three characters)."""
    return len(sentence) >= 6


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    """What a sentence gives a row of a table that the row does not have (empty when nothing, or
    when the sentence names no row). `articles`: (number, text) the sentence is held to."""
    if not any("|" in text for _, text in articles):
        return []
    s = bare(arabic(sentence))
    for _, text in articles:
        if "|" not in text:
            continue
        text = arabic(text)
        for t in tables(text):
            keys = {bare(r[0].removesuffix("的")): r for r in t.rows}
            keys = {k: r for k, r in keys.items() if len(k) >= 2}
            if len(keys) < 2:
                continue
            columns = [bare(_TO.sub("", h)) for h in t.header[1:]]
            for key, after in _stretches(s, list(keys)):
                row = keys[key]
                mine = [set(_measures(c)) for c in row[1:]]
                said_under = _column_of(after, columns)
                for other in t.rows:
                    if other is row:
                        continue
                    for col, cell in enumerate(other[1:]):
                        for m in _measures(cell):
                            if not _says(after, m) or any(_says(" ".join(x), m) or m in row_cell
                                                          for x, row_cell in zip(mine, row[1:])):
                                continue
                            return [f"“{m}”是表中“{other[0]}”一行的，“{row[0]}”一行{t.header[col + 1]}是“{row[col + 1]}”"]
                for m, col in said_under:
                    own = [c for c, cell in enumerate(row[1:]) if _says(cell, m) or m in cell]
                    if own and col not in own and _says(after, m):
                        return [f"表中“{row[0]}”一行，“{m}”在“{t.header[own[0] + 1]}”一栏，"
                                f"{t.header[col + 1]}是“{row[col + 1]}”"]
    return []


def _column_of(after: str, columns: list[str]) -> list[tuple[str, int]]:
    """Each stretch of `after` said under a column's subject (对责任人员…): the stretch's words with
    that column's index. Only columns named by a subject of two characters or more are read."""
    at = sorted((m.start(), m.end(), c) for c, name in enumerate(columns) if len(name) >= 2
                for m in re.finditer(re.escape(name), after))
    out = []
    for n, (_, end, col) in enumerate(at):
        stretch = after[end:(at[n + 1][0] if n + 1 < len(at) else len(after))]
        out += [(p, col) for p in _measures(stretch)]
    return out
