"""The model-free draft of a rules decision, in plain Chinese with its articles named.

Kept next to the engine so that the checker's mutation test can derive correct answers from it.
"""
from __future__ import annotations

from .engine import Decision, Outcome
from .references import format_ref

CONSEQUENCE_TEXT = {"major": "造成重大损失或者恶劣影响的", "minor": "未造成重大损失或者恶劣影响的"}


def _arts(decision: Decision, core_only: bool = True) -> str:
    arts = sorted({c.article for c in decision.citations if c.article and (c.core or not core_only)})
    return "、".join(format_ref(a) for a in arts)


def compose(outcome: Outcome, title: str = "深圳市党政领导干部问责暂行规定") -> str:
    d = outcome.decision
    if outcome.missing:
        opts = "、".join(o["label"] for o in outcome.missing.options)
        return f"{outcome.missing.question}（可选：{opts}）"
    if d is None:
        return ""
    lines: list[str] = []
    if d.kind == "accident":
        rows = [c for c in d.citations if c.core and c.article in (13, 14, 16)]
        basis = "、".join(dict.fromkeys(format_ref(c.article) for c in rows))
        if d.measures:
            parts = "；".join(f"对{role}{'、'.join(ms)}" for role, ms in d.measures.items())
            lines.append(f"根据《{title}》{basis}，发生{d.severity}公共安全责任事故后的初步问责决定：{parts}。")
        if d.convening:
            if d.convening.get("hours"):
                lines.append(f"{d.convening['body']}应在{d.convening['hours']}小时内召开现场会（{basis}）。")
            else:
                lines.append(f"由{d.convening['body']}{d.convening['action']}（{basis}）。")
    elif d.kind == "consequence":
        for role, ms in d.measures.items():
            lines.append(f"根据《{title}》第十条，{CONSEQUENCE_TEXT[d.consequence]}，对{role}可给予{'、'.join(ms)}处理。")
    by_procedure: dict[str, list[str]] = {}
    for measure, proc in d.procedures.items():
        by_procedure.setdefault(proc, []).append(measure)
    for proc, measures in by_procedure.items():
        lines.append(f"给予{'、'.join(measures)}的程序{proc}（第十一条）。")
    if d.combinable:
        lines.append(f"{'、'.join(d.combinable)}可以单独适用，也可以和其他问责方式合并适用（第十条第二款）。")
    if d.further:
        lines.append(f"{d.further}（第十五条）。")
    lines.extend(d.notes)
    return "\n".join(lines)
