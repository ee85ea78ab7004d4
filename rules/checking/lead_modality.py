"""The consequence said of an item is its whole lead line's, and so is its modality: "伪造、篡改、隐匿交易记录的，由市监管局
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


def lead_line(unit, doc_text: str) -> str:
    """The whole line of the text an item's lead ends: a lead cut at ； (由市监管局责令改正，可以处
    …罚款；情节严重的，处…罚款：) is one lead for its items, though `aligned` reads its last
    statement only."""
    if not getattr(unit, "item", False):
        return ""
    lead = unit.read.split("\n")[-1].strip() if "\n" in unit.read else ""
    if not lead:
        return ""
    return next((line for line in doc_text.splitlines() if lead in line and re.search(r"[：:]\s*$", line)), lead)


def item_lead(unit, doc_text: str) -> str:
    """(g19alarm) The lead line above an item in the text: the first line above the item's own line,
    past its sibling items, when it ends in a colon; else "" (the read of an item that cites
    another article holds that article after it, not its lead)."""
    if not getattr(unit, "item", False) or not unit.text.strip():
        return ""
    lines = [x.strip() for x in doc_text.splitlines() if x.strip()]
    item = re.sub(r"[；;。，,]$", "", unit.text.strip())
    at = next((k for k, x in enumerate(lines) if re.sub(r"[；;。，,]$", "", x) == item), None)
    if at is None:
        return ""
    k = at - 1
    while k >= 0 and re.match(r"^[（(][一二三四五六七八九十\d]+[)）]", lines[k]):
        k -= 1
    return lines[k] if k >= 0 and re.search(r"[：:]$", lines[k]) else ""


def in_lead_line(unit, other, doc_text: str) -> bool:
    """Whether `other`, a statement that is no item, is part of the lead line of the item `unit`
    (what follows an item's case there is the item's consequence, not another place's)."""
    line = lead_line(unit, doc_text)
    return bool(line) and other is not None and not other.item and other.article == unit.article and other.text in line


def made_duty(clause: str, unit, doc_text: str = "") -> str | None:
    """The lead clause whose 可以 the clause makes a duty, else None: the clause says a duty word
    before an act, and of the lead's statements (cut at ；) the one the clause shares most with,
    alone, grants that act with 可以 (a lead's 情节严重的，处… has no 可以 and is no permission)."""
    if not getattr(unit, "item", False):
        return None
    lead = lead_line(unit, doc_text) or unit.read.replace(unit.text, "")
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


def modality(then: str, statement: str) -> list[str]:
    """What follows an item's case, held to the lead statement it restates for its modality: a
    duty where the statement grants 可以 (并应当罚款 for 可以处…罚款), a 可以 where it says 应当."""
    may, duty = bool(_MAY.search(statement)), bool(_DUTY.search(statement))
    if _DUTY.search(then) and may and not duty:
        return [f"“{then}”把原文的“可以”说成了义务（原文：{statement}）"]
    if _MAY.search(then) and duty and not may:
        return [f"“{then}”把原文的“应当”说成了“可以”（原文：{statement}）"]
    return []
