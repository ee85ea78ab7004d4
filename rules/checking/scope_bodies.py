"""A scope said of bodies the scope article does not list that way: "本规定适用于市委、市政府领导"
where 第二条 lists 市委、市政府工作部门领导班子成员 (the leaders of the city's work departments, not
of the city committee and government themselves), or "适用于市人大领导" (a body no row names).

Why: the other scope readers hold a group to a row when most of its character pairs are the row's
(`relations._shortened_row`); a short group such as 市委、市政府领导 shares too few pairs with the row
to be read, so the support test found all its words in 第二条 and passed it. Here the group said to
be covered is read as its units and a leader word (领导, 领导班子成员, 负责人, 干部 …), and each unit
must be what a scope row puts right before its own leader word: the row's unit ("市委、市政府工作
部门"), or its part before 及其 ("区党委、政府" in 区党委、政府及其工作部门领导班子成员, whose bodies are
covered themselves). A unit matches when its characters come in the row's order and it ends where
the row's unit (or that part) ends, or only organ words (党委, 政府, 党政) are left after it (街道领导
for 街道党政领导成员). 区委 is the row's 区党委 (a party committee). Every unit and word is read from
the rows; nothing here names a body of one regulation.
"""
from __future__ import annotations

import re

from ..schema import RuleBook
from .claims import NEGATION, Verdict
from .scope_lead import _LEAD
from .sources import bare

_LEADER = re.compile(r"(?:的)?(?:主要)?(?:领导班子成员|领导成员|领导干部|领导班子|主要负责人|负责人|领导|一把手)")
_ALSO_LEAD = re.compile(r"^(?:本规定)?所称(?:的)?党政领导干部(?:是指|指|包括|是)|^(?:问责|适用)(?:的)?(?:对象|范围)(?:是|为|包括|有)")
_ORGANS = re.compile(r"^(?:党委|政府|党政|、)*$")
_PARTS = re.compile(r"[、和及与]|以及")


def _units(row_covers: str) -> list[str]:
    """What a row puts before its leader word, whole and (when its bodies are covered with their
    departments: 及其) the part before 及其."""
    plain = re.sub(r"[（(][^）)]*[）)]", "", row_covers)
    m = _LEADER.search(plain)
    unit = plain[:m.start()] if m else plain
    out = [bare(unit)]
    if "及其" in unit:
        out.append(bare(unit[:unit.index("及其")]))
    return out


def _matches(part: str, unit: str) -> bool:
    """The part's characters in the unit's order, ending where the unit ends or before organ words
    only; 区委 reads as 区党委."""
    i = 0
    last = -1
    for ch in part:
        j = unit.find(ch, i)
        if j < 0:
            return False
        last, i = j, j + 1
    return last >= 0 and bool(_ORGANS.match(unit[last + 1:]))


def _covered(unit_said: str, units: list[str]) -> bool:
    whole = bare(unit_said)
    if any(_matches(whole, u) for u in units):
        return True
    parts = [bare(p) for p in _PARTS.split(unit_said) if bare(p)]
    return len(parts) > 1 and all(any(_matches(p, u) for u in units) for p in parts)


def outside(sentence: str, book: RuleBook) -> list[Verdict]:
    """Each group a scope clause says is covered, held to the rows' units (see the module)."""
    rows = book.regulation.scope
    if not rows:
        return []
    units = [u for r in rows for u in _units(r.covers)]
    label = rows[0].source.article_label
    out = []
    for clause in re.split(r"[，,；;。]", sentence):
        clause = clause.strip()
        m = _LEAD.match(clause) or _ALSO_LEAD.match(clause)
        if m is None or NEGATION.search(clause[:m.start()]) or re.search(r"不|没有|未|并非", clause[m.end():]):
            continue
        rest = clause[m.end():]
        start = 0
        for h in _LEADER.finditer(rest):
            said = re.sub(r"^(?:以及|及|和|还有|就是|即|指|是|包括|有|对)+", "", rest[start:h.start()])
            start = h.end()
            if len(bare(said)) < 2 or re.search(r"等|各级|有关", said):
                continue
            if not _covered(said, units):
                out.append(Verdict(False, f"{label}没有把“{said}{h.group(0).lstrip('的')}”列入所称党政领导干部。"))
    return out
