"""decide(facts) -> Decision: the outcome the regulation prescribes, with the rows that fired.

Whatever the assistant says about who is held accountable, how, by whom, within what time and
under which procedure comes from here, never from retrieved text or a model alone.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .facts import Facts
from .references import format_ref
from .schema import AccidentRow, ConveningRow, RuleBook, Source
from .topics import topic_sources


@dataclass
class Citation:
    doc_id: str
    article: int | None
    item: int | None           # 项: 第十三条（一）
    label: str
    span: str
    core: bool = True          # the decision rests on it: a draft must cite it
    paragraph: int | None = None   # 款: 第十条第二款

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
    decision: str = "初步问责决定"               # what the severity's article calls its outcome
    procedures: dict[str, str] = field(default_factory=dict)
    combinable: list[str] = field(default_factory=list)
    further: str | None = None
    notes: list[str] = field(default_factory=list)
    unruled: list[str] = field(default_factory=list)     # roles asked about that the table gives nothing
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
    # no decision, but the articles whose rows hold the question's topic (第二条 for scope): the
    # passages answer, led from these
    grounds: list[Citation] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "facts": self.facts.as_json(),
            "decision": self.decision.as_json() if self.decision else None,
            "missing": asdict(self.missing) if self.missing else None,
            "citations": [
                {"doc_id": c.doc_id, "article": c.article, "paragraph": c.paragraph, "item": c.item,
                 "label": c.label, "span": c.span}
                for c in (self.decision.citations if self.decision else [])
            ],
        }


def _cite(book: RuleBook, src: Source, core: bool = True) -> Citation:
    reg = book.regulation
    label = f"《{reg.title}》{src.label}"
    return Citation(src.doc or reg.document, src.article, src.item, label, src.span, core, src.paragraph)


def _add(decision: Decision, citation: Citation) -> None:
    for c in decision.citations:
        if (c.article, c.paragraph, c.item) == (citation.article, citation.paragraph, citation.item):
            c.core = c.core or citation.core
            return
    decision.citations.append(citation)


def _ask_consequence(book: RuleBook, severity: str) -> Missing | None:
    """The question to ask when the table's rows for `severity` hold only for a consequence."""
    reg = book.regulation
    needed = list(dict.fromkeys(r.consequence for r in reg.accident_decisions
                                if r.severity == severity and r.consequence))
    if not needed:
        return None
    words = reg.wording.consequences[needed[0]]
    return Missing("consequence", reg.wording.ask_consequence.format(
        severity=severity, event=reg.wording.event, question=words.question or words.text),
        [{"label": words.text, "value": needed[0]},
         {"label": words.denied or f"没有{words.text}", "value": "none"}])


def _ask_severity(book: RuleBook, facts: Facts) -> Missing:
    """Which class the accident was; when figures were given, the class the national table
    suggests comes first, with what that table is and that the regulation does not define it."""
    reg = book.regulation
    classes = [s for s in reg.severities() if s not in facts.denied] or reg.severities()
    question = reg.wording.ask_severity.format(event=reg.wording.event)
    nat = book.national
    if facts.suggested and nat is not None and facts.suggested in classes:
        classes.remove(facts.suggested)
        classes.insert(0, facts.suggested)
        said = "、".join(nat.wording[name].format(n=_figure(name, n)) for name, n in facts.figures.items()
                        if name in nat.wording)
        question = nat.wording["outside"] + nat.wording["suggest"].format(figures=said, **{"class": facts.suggested})
    return Missing("severity", question, [{"label": f"{s}事故", "value": s} for s in classes])


def _figure(name: str, n: int) -> str:
    """2000万元, 1.2亿元 for a loss; a count as it is."""
    if name != "direct_loss":
        return str(n)
    if n >= 100_000_000:
        return f"{n / 100_000_000:g}亿元"
    if n >= 10_000:
        return f"{n / 10_000:g}万元"
    return f"{n}元"


def _consequence(book: RuleBook, facts: Facts) -> str | None:
    """The consequence as the table of this severity reads it: 重大损失 counts as 较大损失 where the
    table asks for the latter."""
    c = facts.consequence
    if c is None or not facts.severity:
        return c
    needed = {r.consequence for r in book.regulation.accident_decisions if r.severity == facts.severity and r.consequence}
    implied = book.regulation.wording.consequences[c].implies if c in book.regulation.wording.consequences else None
    return implied if c not in needed and implied in needed else c


def _row_measures(book: RuleBook, severity: str, consequence: str | None, role: str) -> tuple[str, ...]:
    return tuple(m for r in book.regulation.accident_decisions
                 if r.severity == severity and r.role == role and (r.consequence is None or r.consequence == consequence)
                 for m in r.measures)


def _ask_role(book: RuleBook, facts: Facts) -> Missing | None:
    """The first official that could not be placed and matters: asked with one button per role.
    Readings that decide alike are taken together (both named), unless the level or the rank was
    not said at all, which is always asked."""
    voc = book.vocabulary
    while facts.unclear:
        m = facts.unclear[0]
        roles = m["roles"]
        differ = len({_row_measures(book, facts.severity, facts.consequence, r) for r in roles}) > 1 \
            if facts.severity else True
        if m.get("always_ask") or differ:
            return Missing("role", voc.ask_role.format(word=m["said"]),
                           [{"label": voc.role_labels.get(r, r), "value": r} for r in roles])
        facts.unclear.pop(0)
        facts.roles += [r for r in roles if r not in facts.roles]
    return None


def decide(facts: Facts, book: RuleBook) -> Outcome:
    reg = book.regulation
    decision: Decision | None = None
    if facts.topic is not None and facts.unclear:
        # a question about scope, appeals, referrals…: its answer is the same for every official,
        # so officials named at large, without level or rank ("被问责的干部"), are no one to place;
        # a title with a level or a rank ("主任", "街道领导") still names one official, asked about
        facts.unclear = [u for u in facts.unclear if not u.get("general")]
    if not (facts.severity or facts.accident) and (facts.measures or facts.consequence):
        # "被免职的干部要过多久才能重新任职": no accident, so no table; what the rules say of a measure or
        # a consequence is the same for every official, and 干部 at large is no one to place
        facts.unclear = [u for u in facts.unclear if not u.get("general")]
    # "重大事故后被问责的干部可以申诉吗": the accident is the occasion; the table does not answer an appeal
    off_table = facts.topic is not None and facts.topic not in book.vocabulary.table_topics
    officials = facts.roles or facts.unclear
    # a bare "会被免职吗？": whom and after what is not said
    bare_yes_no = facts.fragment and facts.yes_no and facts.measures and not (officials or facts.consequence or facts.asks
                                                          or facts.articles or facts.not_measures)
    if off_table and not (facts.measures or facts.not_measures):
        return _on_topic(facts, book)          # the passages answer it (or say they cannot)
    if not facts.severity and (facts.suggested or (facts.denied and (officials or facts.measures))
                               or (facts.accident and (officials or facts.not_measures))
                               or (facts.follow_up and officials) or bare_yes_no):
        return Outcome(facts, None, _ask_severity(book, facts))
    if facts.severity:
        facts.consequence = _consequence(book, facts)
        ask = _ask_consequence(book, facts.severity) if facts.consequence is None else None
        if ask is not None:
            return Outcome(facts, None, ask)
        ask = _ask_role(book, facts)
        if ask is not None:
            return Outcome(facts, None, ask)
        decision = _accident(book, facts)
    elif facts.unclear:
        return Outcome(facts, None, _ask_role(book, facts))
    elif facts.consequence and any(s.consequence == facts.consequence for s in reg.measure_sets):
        decision = Decision(kind="consequence", consequence=facts.consequence)
        mset = next(s for s in reg.measure_sets if s.consequence == facts.consequence)
        for role in facts.roles or [reg.wording.official]:
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
    if decision is not None:
        wanted = set(facts.measures) | set(m for ms in decision.measures.values() for m in ms)
        if wanted & set(reg.combinable.measures):
            decision.combinable = [m for m in reg.combinable.measures if m in wanted]
            _add(decision, _cite(book, reg.combinable.source, core=decision.kind == "measures"))
    ref = reg.referral("discipline")
    for word in facts.not_measures:
        if decision is None:
            decision = Decision(kind="measures")
        decision.notes.append(reg.wording.not_a_measure.format(
            word=word, measures="、".join(_all_measures(book)), referral=ref.source.label if ref else ""))
        if ref is not None:
            decision.trail.append(ref.id)
            _add(decision, _cite(book, ref.source, core=False))
    return Outcome(facts, decision, None) if decision is not None else _on_topic(facts, book)


def _on_topic(facts: Facts, book: RuleBook) -> Outcome:
    """No decision: the passages answer, from the articles of the topic's rows when it has any."""
    return Outcome(facts, None, None, [_cite(book, s) for s in topic_sources(facts.topic, book)])


def _all_measures(book: RuleBook) -> list[str]:
    """Every measure of the regulation, in the vocabulary's order (lightest first)."""
    known = {m for s in book.regulation.measure_sets for m in s.measures}
    listed = [m for m in book.vocabulary.measures if m in known]
    return listed + [m for s in book.regulation.measure_sets for m in s.measures if m not in listed]


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
    partial = [r for r in reg.accident_decisions if r.severity == facts.severity and r.consequence
               and r.consequence != facts.consequence]
    if partial:
        w = reg.wording
        d.notes.append(w.partial_table.format(
            articles="、".join(dict.fromkeys(r.source.article_label for r in partial)),
            consequence=w.consequences[partial[0].consequence].text, severity=facts.severity, event=w.event))
    chosen = [r for r in rows if not facts.roles or r.role in facts.roles]
    conv = next((c for c in reg.convening if facts.severity in c.severities), None)
    d.decision = conv.decision if conv is not None else ConveningRow.model_fields["decision"].default
    for role in facts.roles:
        if not any(r.role == role for r in rows) and rows:
            arts = "、".join(sorted({r.source.article_label for r in rows}))
            d.notes.append(reg.wording.no_rule.format(articles=arts, role=role, severity=facts.severity,
                                                      decision=d.decision))
            d.unruled.append(role)
    for r in chosen:
        d.measures.setdefault(r.role, []).extend(m for m in r.measures if m not in d.measures.get(r.role, []))
        d.trail.append(r.id)
        _add(d, _cite(book, r.source))
    if conv is not None:
        d.convening = {"body": conv.body, "hours": conv.hours, "action": conv.action}
        d.trail.append(conv.id)
        _add(d, _cite(book, conv.source))
    measures = [m for ms in d.measures.values() for m in ms]
    _procedures(book, d, measures)
    f = next((f for f in reg.further if rows and rows[0].source.article in f.after_articles), None)
    if f is not None:
        d.further = f.text
        d.trail.append(f.id)
        _add(d, _cite(book, f.source, core=False))
    group = reg.conductor("accidents")
    if group is not None:
        d.trail.append(group.id)
        _add(d, _cite(book, group.source, core=False))
    return d
