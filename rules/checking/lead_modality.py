"""The modality of a consequence said of an item is its lead's: "伪造、篡改、隐匿交易记录的，由市监管局
责令改正并应当罚款" beside 第十七条's lead "由市监管局责令改正，可以处……罚款" (branch reg7alarm).

A clause that restates an item's consequence is aligned with the item, whose line has no modal
word; the 可以 is in the lead the item is read under. The clause's duty (应当, 必须, 要) over an act
the lead grants with 可以 is then the lead's permission made a duty, as it would be for a clause
aligned with the lead itself.
"""
from __future__ import annotations

import re

_DUTY = re.compile(r"应当|应(?!用)|必须|须|务必|一律")
_MAY = re.compile(r"可以|可(?!能)")
_CLAUSES = re.compile(r"[，,；;：:。]")


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def made_duty(clause: str, unit) -> str | None:
    """The lead clause whose 可以 the clause makes a duty, else None: the clause says a duty word
    before an act, and of the lead's statements (cut at ；) the one the clause shares most with,
    alone, grants that act with 可以 (a lead's 情节严重的，处… has no 可以 and is no permission)."""
    if not getattr(unit, "item", False):
        return None
    lead = unit.read.replace(unit.text, "")
    m = _DUTY.search(clause)
    if m is None or not lead:
        return None
    act = re.sub(r"^(?:当|该)", "", clause[m.end():])
    if len(act) < 2:
        return None
    scored = sorted(((len(_pairs(clause) & _pairs(x)), x) for x in re.split(r"[；;\n]", lead) if x.strip()), reverse=True)
    if not scored or len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    for part in _CLAUSES.split(scored[0][1]):
        may = _MAY.search(part)
        if may and not _DUTY.search(part) and (act[:2] in part[may.end():] or act[-2:] in part[may.end():]):
            return part
    return None
