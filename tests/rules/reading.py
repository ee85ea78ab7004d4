"""Judging one question the way the grid and the blind set do: the table's decision, a question
back, or a wrong decision."""
from __future__ import annotations

from rules.compose import compose
from rules.engine import Outcome
from rules.schema import RuleBook


def cell(book: RuleBook, severity: str, consequence: str | None, role: str) -> list[str]:
    """The table's measures for one cell (empty: the table gives that role nothing)."""
    return [m for r in book.regulation.accident_decisions
            if r.severity == severity and r.role == role and (r.consequence is None or r.consequence == consequence)
            for m in r.measures]


def judge(book: RuleBook, outcome: Outcome, severity: str, consequence: str | None, roles: list[str],
          asked: str | None = None, yes_no: bool = False) -> tuple[str, str]:
    """("right" | "asked" | "wrong", why). Right is the table's decision for every role expected,
    said as the table says it: a yes/no question led by its answer, an empty cell said first."""
    if outcome.missing is not None:
        return "asked", outcome.missing.field
    d = outcome.decision
    if d is None or d.kind != "accident" or d.severity != severity:
        return "wrong", f"decision {d and d.kind} {d and d.severity}"
    leads = book.regulation.wording.leads
    yes = {v["yes"] for v in leads.values()}
    no = {v["no"] for v in leads.values()}
    first = compose(outcome, book).split("\n")[0]
    for role in roles:
        want = cell(book, severity, consequence, role)
        got = d.measures.get(role, [])
        if got != want:
            return "wrong", f"{role}: {got} instead of {want}"
        if not want and d.measures and role not in d.unruled:
            return "wrong", f"{role}: the empty cell is not said"
    if len(roles) == 1 and len(d.measures) + len(d.unruled) <= 1:
        want = cell(book, severity, consequence, roles[0])
        if not want and (yes_no or asked) and not ("没有对" in first or "只对" in first):
            return "wrong", f"the empty cell does not come first: {first}"
        if want and yes_no and asked and first not in (yes if asked in want else no):
            return "wrong", f"lead {first!r} for {asked} in {want}"
        if want and yes_no and not asked and first not in yes:
            return "wrong", f"lead {first!r}"
    return "right", ""
