"""decide(facts) -> Decision: the outcome the regulation prescribes, with the rows that fired.

Whatever the assistant says about who is held accountable, how, by whom, within what time and
under which procedure comes from here, never from retrieved text or a model alone.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .facts import Facts
from .references import format_ref, int_cn
from .schema import AccidentRow, RuleBook, Source, rulebook


@dataclass
class Citation:
    doc_id: str
    article: int | None
    item: int | None
    label: str
    span: str
    core: bool = True          # the decision rests on it: a draft must cite it

    @property
    def article_label(self) -> str:
        return format_ref(self.article) if self.article else ""


@dataclass
class Missing:
    field: str
    question: str
    options: list[dict]        # [{label, value}]


@dataclass
class Decision:
    kind: str                                   # accident / consequence / measures
    measures: dict[str, list[str]] = field(default_factory=dict)
    severity: str | None = None
    consequence: str | None = None
    convening: dict | None = None               # {body, hours, action}
    procedures: dict[str, str] = field(default_factory=dict)
    combinable: list[str] = field(default_factory=list)
    further: str | None = None
    notes: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    trail: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        d = asdict(self)
        d["citations"] = [{**asdict(c), "article_label": c.article_label} for c in self.citations]
        return d

    def core_articles(self) -> set[int]:
        return {c.article for c in self.citations if c.core and c.article}


@dataclass
class Outcome:
    facts: Facts
    decision: Decision | None
    missing: Missing | None

    def as_json(self) -> dict:
        return {
            "facts": self.facts.as_json(),
            "decision": self.decision.as_json() if self.decision else None,
            "missing": asdict(self.missing) if self.missing else None,
            "citations": [
                {"doc_id": c.doc_id, "article": c.article, "item": c.item, "label": c.label, "span": c.span}
                for c in (self.decision.citations if self.decision else [])
            ],
        }


def _cite(book: RuleBook, src: Source, core: bool = True) -> Citation:
    reg = book.regulation
    label = format_ref(src.article, title=reg.title) if src.article else f"《{reg.title}》"
    if src.item:
        label += f"（{int_cn(src.item)}）" if src.article != 10 else ("第一款" if src.item == 1 else "第二款")
    return Citation(src.doc or reg.document, src.article, src.item, label, src.span, core)


def _add(decision: Decision, citation: Citation) -> None:
    for c in decision.citations:
        if (c.article, c.item) == (citation.article, citation.item):
            c.core = c.core or citation.core
            return
    decision.citations.append(citation)


SEVERITY_OPTIONS = ["特别重大", "重大", "较大", "一般"]


def decide(facts: Facts, book: RuleBook | None = None) -> Outcome:
    book = book or rulebook()
    reg = book.regulation
    decision: Decision | None = None
    if facts.severity:
        if facts.severity == "一般" and facts.consequence is None:
            return Outcome(facts, None, Missing(
                "consequence", "这起一般公共安全责任事故是否造成了较大损失或者不良影响？",
                [{"label": "造成较大损失或者不良影响", "value": "general_major"},
                 {"label": "没有造成较大损失或者不良影响", "value": "none"}]))
        decision = _accident(book, facts)
    elif facts.consequence in ("major", "minor"):
        decision = Decision(kind="consequence", consequence=facts.consequence)
        mset = next(s for s in reg.measure_sets if s.consequence == facts.consequence)
        for role in facts.roles or ["党政领导干部"]:
            decision.measures[role] = list(mset.measures)
        decision.trail.append(mset.id)
        _add(decision, _cite(book, mset.source))
        _procedures(book, decision, mset.measures)
    elif facts.measures:
        decision = Decision(kind="measures")
        _procedures(book, decision, facts.measures, core=True)
        for s in reg.measure_sets:
            if set(facts.measures) & set(s.measures):
                decision.trail.append(s.id)
                _add(decision, _cite(book, s.source, core=False))
    elif facts.accident and (facts.roles or facts.not_measures):
        return Outcome(facts, None, Missing(
            "severity", "是哪一级公共安全责任事故？",
            [{"label": f"{s}事故", "value": s} for s in SEVERITY_OPTIONS]))
    if decision is not None:
        wanted = set(facts.measures) | set(m for ms in decision.measures.values() for m in ms)
        if wanted & set(reg.combinable.measures):
            decision.combinable = [m for m in reg.combinable.measures if m in wanted]
            _add(decision, _cite(book, reg.combinable.source, core=decision.kind == "measures"))
    for word in facts.not_measures:
        if decision is None:
            decision = Decision(kind="measures")
        decision.notes.append(f"“{word}”不是本规定的问责方式。本规定的问责方式只有：训诫、责令作出书面检查、通报批评、"
                              f"调离现工作岗位、责令公开道歉、停职检查、引咎辞职、责令辞职、免职；需要追究纪律责任的，"
                              f"依照有关规定给予党纪政纪处分（第四条）。")
        ref = next(r for r in reg.referrals if r.id == "refer-discipline")
        decision.trail.append(ref.id)
        _add(decision, _cite(book, ref.source, core=False))
    return Outcome(facts, decision, None)


def _procedures(book: RuleBook, decision: Decision, measures: list[str], core: bool = False) -> None:
    for p in book.regulation.procedures:
        hit = [m for m in measures if m in p.measures]
        for m in hit:
            decision.procedures[m] = p.procedure
        if hit:
            decision.trail.append(p.id)
            _add(decision, _cite(book, p.source, core=core))


def _accident(book: RuleBook, facts: Facts) -> Decision:
    reg = book.regulation
    d = Decision(kind="accident", severity=facts.severity, consequence=facts.consequence)
    rows: list[AccidentRow] = [r for r in reg.accident_decisions if r.severity == facts.severity
                               and (r.consequence is None or r.consequence == facts.consequence)]
    if facts.severity == "一般" and facts.consequence != "general_major":
        d.notes.append("第十六条只对造成较大损失或者不良影响的一般公共安全责任事故规定了处理；"
                       "其他情形按第五条、第十条的问责情形和问责方式处理。")
    chosen = [r for r in rows if not facts.roles or r.role in facts.roles]
    for role in facts.roles:
        if not any(r.role == role for r in rows) and rows:
            arts = "、".join(sorted({format_ref(r.source.article) for r in rows}))
            d.notes.append(f"{arts}没有对{role}规定{facts.severity}事故的初步问责决定。")
    for r in chosen:
        d.measures.setdefault(r.role, []).extend(m for m in r.measures if m not in d.measures.get(r.role, []))
        d.trail.append(r.id)
        _add(d, _cite(book, r.source))
    conv = next((c for c in reg.convening if facts.severity in c.severities), None)
    if conv is not None:
        d.convening = {"body": conv.body, "hours": conv.hours, "action": conv.action}
        d.trail.append(conv.id)
        _add(d, _cite(book, conv.source))
    measures = [m for ms in d.measures.values() for m in ms]
    _procedures(book, d, measures)
    if rows and rows[0].source.article in (13, 14):
        f = reg.further[0]
        d.further = f.text
        d.trail.append(f.id)
        _add(d, _cite(book, f.source, core=False))
    group = next(c for c in reg.conductors if c.id == "accident-group")
    d.trail.append(group.id)
    _add(d, _cite(book, group.source, core=False))
    return d
