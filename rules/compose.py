"""The model-free draft of a rules decision, in plain Chinese with its articles named.

Kept next to the engine so that the checker's mutation test can derive correct answers from it.
Every article it names comes from the row that gave that part of the decision.
"""
from __future__ import annotations

from .engine import Decision, Outcome
from .references import format_ref
from .schema import RuleBook


def _arts(decision: Decision, core_only: bool = True) -> str:
    arts = sorted({c.article for c in decision.citations if c.article and (c.core or not core_only)})
    return "、".join(format_ref(a) for a in arts)


def compose(outcome: Outcome, book: RuleBook, title: str | None = None) -> str:
    """`book` is the rule book that decided `outcome`; `title` defaults to its regulation's."""
    reg = book.regulation
    title = title or reg.title
    d = outcome.decision
    if outcome.missing:
        opts = "、".join(o["label"] for o in outcome.missing.options)
        return f"{outcome.missing.question}（可选：{opts}）"
    if d is None:
        return ""
    lines: list[str] = []
    if d.kind == "accident":
        table = set(reg.table_articles())
        rows = [c for c in d.citations if c.core and c.article in table]
        basis = "、".join(dict.fromkeys(c.article_label for c in rows))
        asked_nothing = [n for n in d.notes if any(r in n for r in d.unruled)]
        lead = _lead(outcome, book)
        if lead:
            lines.append(lead)
        elif (outcome.facts.yes_no and outcome.facts.measures) or (outcome.facts.roles and not d.measures):
            # the asked official has no measure at this severity: that comes first
            lines.extend(asked_nothing or d.notes[:1])
        if d.measures:
            head = f"根据《{title}》{basis}，发生{d.severity}{reg.wording.event}后的{d.decision}："
            parts = [f"对{role}{'、'.join(ms)}" for role, ms in d.measures.items()]
            if len(outcome.facts.roles) < 2:
                lines.append(head + "；".join(parts) + "。")
            else:                       # several officials asked about: one line each
                lines.append(head)
                lines.extend(p + "。" for p in parts)
        if d.convening:
            if d.convening.get("hours"):
                lines.append(f"{d.convening['body']}应在{d.convening['hours']}小时内召开现场会（{basis}）。")
            else:
                lines.append(f"由{d.convening['body']}{d.convening['action']}（{basis}）。")
    elif d.kind == "consequence":
        mset = next(s for s in reg.measure_sets if s.consequence == d.consequence)
        when = reg.wording.consequences[d.consequence].text
        for role, ms in d.measures.items():
            lines.append(f"根据《{title}》{mset.source.article_label}，{when}的，对{role}可给予{'、'.join(ms)}处理。")
    by_procedure: dict[str, list[str]] = {}
    for measure, proc in d.procedures.items():
        by_procedure.setdefault(proc, []).append(measure)
    for proc, measures in by_procedure.items():
        row = next(p for p in reg.procedures if p.procedure == proc and measures[0] in p.measures)
        lines.append(f"给予{'、'.join(measures)}的程序{proc}（{row.source.label}）。")
    if d.combinable:
        lines.append(f"{'、'.join(d.combinable)}可以单独适用，也可以和其他问责方式合并适用（{reg.combinable.source.label}）。")
    if d.further:
        row = next(f for f in reg.further if f.text == d.further)
        lines.append(f"{d.further}（{row.source.label}）。")
    lines.extend(n for n in d.notes if n not in lines)
    return "\n".join(lines)


def _lead(outcome: Outcome, book: RuleBook) -> str | None:
    """会。/ 不会。/ 需要。/ 不需要。 for a yes/no question about a measure, when every official asked
    about has a measure at this severity (else the answer opens with what the table lacks)."""
    facts, d = outcome.facts, outcome.decision
    leads = book.regulation.wording.leads.get(facts.yes_no or "")
    if d is None or not leads or not facts.roles or d.unruled:
        return None
    if any(role not in d.measures for role in facts.roles):
        return None
    # "会被问责吗": no measure named, so any measure the table gives is a yes
    given = [all(m in d.measures[role] for m in facts.measures) for role in facts.roles]
    if all(given):
        return leads["yes"]
    if not any(given):
        return leads["no"]
    return None
