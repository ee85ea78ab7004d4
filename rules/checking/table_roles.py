"""A table's row about an official: "对象为区党政领导分管副职，特别重大事故为免职。".

A table whose first column is headed 对象 is read row by row as "对象为X，<column>为<cell>". The
scope readers take "对象为…" as a lead into the officials the regulation applies to (第二条), and
held 区党政领导分管副职 — a role of the accident articles, not a group of 第二条 — to the scope rows,
so every row failed. When what follows 对象为 is exactly one role the accident rows decide about,
the clause names the row's official (its measures are judged by the role readers, as before),
and it is left out of the scope reading; a group that is no such role ("对象为市委、市政府领导")
is still read as a scope.
"""
from __future__ import annotations

import re
from typing import Callable

from ..schema import RuleBook
from .claims import Verdict, marks

_ROW_LEAD = re.compile(r"^(?:问责|适用)?对象(?:是|为)")


def _row_of_role(clause: str, book: RuleBook) -> bool:
    m = _ROW_LEAD.match(clause.strip())
    if m is None:
        return False
    rest = clause.strip()[m.end():]
    roles = {r.role for r in book.regulation.accident_decisions}
    ms = marks(rest, book)
    return len(ms) == 1 and ms[0][0] == 0 and ms[0][1] == len(rest) and ms[0][2] == "role" and ms[0][3] in roles


def outside(sentence: str, book: RuleBook, judge: Callable[[str, RuleBook], list[Verdict]]) -> list[Verdict]:
    """`judge` (scope_bodies.outside) over the sentence without the clauses that name a row's role."""
    clauses = re.split(r"([，,；;。])", sentence)
    kept = "".join(c for i, c in enumerate(clauses)
                   if not (i % 2 == 0 and _row_of_role(c, book)) and not (i % 2 and _row_of_role(clauses[i - 1], book)))
    return judge(kept, book)
