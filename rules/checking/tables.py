"""Markdown tables in a draft: each row is a claim read with its header, the header and the
separator are framing.

A row alone ("| 较大 | 市委、市政府 | 24小时内 |") loses what its columns mean: read as loose
cells it can pass with a wrong cell, since nothing says that 市委、市政府 is who convenes for a
较大 accident. So every row is judged as the sentence its header makes of it ("事故等级为较大，
召开现场会的主体为市委、市政府，时限为24小时内。"), and the header itself asserts nothing of its
own: what it says is judged in every row. When several columns of the header are claims of their
own (| 职务 | 特别重大 | 重大 |), a row says one thing per such column, and each is judged apart
("职务为街道党政领导正职，重大为免职。"), so that no column's cell rides on another's. A header with no row under it is no table and is judged
as any sentence; the separator ("|---|:--:|") has no words at all.
"""
from __future__ import annotations

import re
from typing import Callable

from .sentences import Unit, units

_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_SEPARATOR = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?$")
# a cell that says nothing (a dash for "not applicable", or empty)
_EMPTY_CELL = re.compile(r"^[\s—–\-－/／]*$")


def _cells(line: str) -> list[str]:
    m = _ROW.match(line)
    return [c.strip().strip("*").strip() for c in m.group(1).split("|")] if m else []


# (r19alarm) a column that counts: | 问责方式 | 数量 | with "A、B、C、D、E | 5": the number is how many
# members the row's list cell names, said as that list's own count in brackets (（5种）, read by
# `bracket_count.py`: a count its list denies fails the row)
_COUNT_HEAD = re.compile(r"^(?:数量|数目|种数|个数|项数|几种|共几种|合计|共计|小计)(?:[（(]种[）)])?$")
_COUNT_CELL = re.compile(r"^(?:共|计)?(?P<n>[零一二两三四五六七八九十\d]+)(?:种|项|类|个)?$")


def _counted_cells(header: list[str], cells: list[str]) -> tuple[list[str], list[str]]:
    """The row with a count column's number put in brackets after the one list cell it counts."""
    lists = [j for j, c in enumerate(cells) if len([x for x in c.split("、") if x.strip()]) >= 2]
    for i, head in enumerate(header):
        if i >= len(cells) or not _COUNT_HEAD.match(head.strip()) or len(lists) != 1:
            continue
        m = _COUNT_CELL.match(cells[i].strip())
        if m is None:
            continue
        cells = list(cells)
        cells[lists[0]] = cells[lists[0]].rstrip("。；;，,") + f"（{m.group('n')}种）"
        cells[i] = ""
    return header, cells


def row_sentence(header: list[str], cells: list[str]) -> str:
    """The sentence a row says under its header: each cell after the name of its column
    (事故等级为较大，…), cells with no words left out."""
    parts = []
    header, cells = _counted_cells(header, cells)
    for i, cell in enumerate(cells):
        if _EMPTY_CELL.match(cell):
            continue
        head = header[i] if i < len(header) else ""
        parts.append(f"{head}为{cell}" if head and not _EMPTY_CELL.match(head) else cell)
    return "，".join(parts).rstrip("。；;，,") + "。" if parts else ""


def row_sentences(header: list[str], cells: list[str], keyed: Callable[[str], bool] | None = None) -> list[str]:
    """The sentences a row says: one, or one per column whose header is a claim of its own
    (`keyed`) when there are several such columns, each with the row's other cells."""
    own = [i for i, h in enumerate(header) if keyed is not None and h and keyed(h)]
    if len(own) < 2:
        return [s for s in [row_sentence(header, cells)] if s]
    out = []
    for i in own:
        keep = [j for j in range(len(cells)) if j not in own or j == i]
        said = row_sentence([header[j] if j < len(header) else "" for j in keep], [cells[j] for j in keep])
        if said and i < len(cells) and not _EMPTY_CELL.match(cells[i]):
            out.append(said)
    return out


def table_units(draft: str, keyed: Callable[[str], bool] | None = None) -> list[Unit]:
    """The draft's units with its tables read: a header above a separator becomes a "table"
    unit (framing, judged through its rows), the separator one too, and each row below them a
    sentence composed with the header. Lines outside tables are cut as `units` cuts them."""
    lines = draft.splitlines()
    table: dict[float, Unit] = {}
    held: set[int] = set()          # the lines of tables, rows with no words included
    n = 0
    while n < len(lines):
        if n + 2 < len(lines) and _ROW.match(lines[n]) and _SEPARATOR.match(lines[n + 1]) and _ROW.match(lines[n + 2]):
            header = _cells(lines[n])
            table[n] = Unit(lines[n].strip(), "table", n)
            table[n + 1] = Unit(lines[n + 1].strip(), "table", n + 1)
            held |= {n, n + 1}
            n += 2
            while n < len(lines) and _ROW.match(lines[n]) and not _SEPARATOR.match(lines[n]):
                held.add(n)
                for k, said in enumerate(row_sentences(header, _cells(lines[n]), keyed)):
                    table[n + k / 100] = Unit(said, "sentence", n)
                n += 1
            continue
        n += 1
    if not table:
        return units(draft)
    rest = units("\n".join("" if i in held else line for i, line in enumerate(lines)))
    return sorted(rest + list(table.values()), key=lambda u: u.line)
