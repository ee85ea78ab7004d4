"""A role composed of a unit the rule data names and a rank it does not name there: "较大事故是区有关
职能部门的领导正职写书面检查" where 第十四条 says "对区有关职能部门领导分管副职责令作出书面检查".

The rule data's roles are a unit with a rank (区有关职能部门领导 + 分管副职, 街道党政领导 + 正职).
The vocabulary knows each role in the words people use, but a unit said with the other rank (区有
关职能部门的正职, 区党政领导正职) is no role of it: the claim reader then reads no role in the clause,
the severity and measure agree with a row, and the passage holds every word but one, so the
sentence passed with the wrong person. Read here: a clause that names a unit of the rule data's
roles (its words before the rank, 领导 and 的 optional) followed by a rank word names the role of
that unit and rank; under the sentence's severities the rule data must have a row for it, or for a
role of that rank that names no unit (有关党政领导正职, which reaches every unit's head). A clause
with a negation weighs the role itself (不包括, 没有) and is left to the other readers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..schema import RuleBook
from .claims import severities_in

_RANKS = ("正职", "分管副职")
_NEGATED = re.compile(r"不|没|未|无|非|除")
_CLAUSES = re.compile(r"[，,；;。：:\n]")


@lru_cache(maxsize=4)
def _grammar(book: RuleBook) -> tuple[re.Pattern | None, dict[str, str], dict[str, str]]:
    """(the pattern of a unit and a rank, the unit of each core word, the rank of each rank word)."""
    units: dict[str, str] = {}
    for canon in book.vocabulary.roles:
        for rank in _RANKS:
            if canon.endswith(rank) and not canon.startswith("有关"):
                unit = canon[:-len(rank)]
                units[unit[:-2] if unit.endswith("领导") else unit] = unit
    rank_of: dict[str, str] = {}
    for rw in book.vocabulary.ranks:
        if str(rw.rank) in _RANKS:
            for w in rw.words:
                if w in ("正职", "分管副职", "副职", "党政正职", "主要负责人", "分管领导", "分管负责人"):
                    rank_of.setdefault(w, str(rw.rank))
    rank_of.setdefault("副职", "分管副职")
    if not units or not rank_of:
        return None, units, rank_of
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
    return re.compile(rf"(?P<unit>{alt(units)})的?(?:领导)?的?(?P<rank>{alt(rank_of)})"), units, rank_of


def problems(sentence: str, book: RuleBook) -> list[str]:
    if not re.search(r"正职|副职|负责人|分管领导", sentence):
        return []
    sevs = severities_in(sentence, book)
    if not sevs:
        return []
    pattern, units, rank_of = _grammar(book)
    if pattern is None:
        return []
    rows = [r for r in book.regulation.accident_decisions if r.severity in sevs]
    for clause in _CLAUSES.split(sentence):
        if _NEGATED.search(clause):
            continue
        for m in pattern.finditer(clause):
            rank = rank_of[m.group("rank")]
            role = units[m.group("unit")] + rank
            if any(r.role == role or r.role.startswith("有关") and r.role.endswith(rank) for r in rows):
                continue
            named = [r.role for r in rows if r.role.startswith(units[m.group("unit")])]
            if not named:
                continue          # the unit has no row under this severity at all: left to the others
            return [f"“{m.group(0)}”：{'、'.join(sevs)}事故的初步问责里没有{role}，"
                    f"原文是{'、'.join(dict.fromkeys(named))}"]
    return []
