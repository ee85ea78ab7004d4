"""Quiz questions for trainers' drills, generated from the rule tables.

Each row of a table is a question, over the whole regulation, by named topic (TOPICS): a
severity × role cell asks for the measure (distractors: other measures and measure combinations
of the same regulation) and, when one role alone gets that measure at that severity, for the role
(distractors: the other roles); each convening row asks who convenes and within what time; each
measure asks for its procedure, its measure set's condition and whether it may be combined; who
is covered, who conducts, the referrals, the situations (and which of them an article lists), what
may follow the first decision, what an article only refers to, and which article's text the source
lacks (right answer: MISSING_OPTION). Distractors are the same table's other rows, never invented
text; every explanation quotes the article it rests on, within Telegram's 200 characters; `basis`
names the row the right option rests on, so that a test can have the rules engine confirm it.
A regulation whose data lacks a table (the fictional one has no 第十七条 row) gets no questions of
that topic.

A trainer's own set is a YAML list in the same format (`dump_yaml` writes it).
"""
from __future__ import annotations

import random
from collections.abc import Iterable

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from rules.errors import WenzeError
from rules.references import format_articles, format_ref
from rules.schema import RuleBook, Source

MAX_EXPLANATION = 200        # Telegram's limit for a quiz explanation
MAX_OPTIONS = 4
MIN_SECONDS, MAX_SECONDS = 5, 600       # Telegram's open_period of a poll
MISSING_OPTION = "来源中缺失"             # the right answer about a list the source lacks
TOPICS = {"事故": "accident", "召集": "convening", "程序": "procedure", "方式": "measures",
          "范围": "scope", "主体": "conductors", "移送": "referrals", "情形": "situations",
          "合并": "combinable", "追责": "further", "情节": "circumstances", "缺失": "missing"}
TOPIC_NAMES = {kind: name for name, kind in TOPICS.items()}


class QuizQuestion(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str = Field(min_length=4, max_length=300)
    options: list[str] = Field(min_length=2, max_length=10)
    correct: int = Field(ge=0)
    explanation: str = Field(min_length=2, max_length=MAX_EXPLANATION)
    article: int | None = None
    topic: str = "自定义"
    basis: str | None = None      # the id of the rule row the right option rests on
    seconds: int | None = Field(default=None, ge=MIN_SECONDS, le=MAX_SECONDS)   # the poll's open_period

    @model_validator(mode="after")
    def _valid(self) -> "QuizQuestion":
        if self.correct >= len(self.options):
            raise ValueError(f"correct={self.correct}，但只有 {len(self.options)} 个选项（从 0 数起）")
        if len(set(self.options)) != len(self.options):
            raise ValueError("选项有重复")
        if any(not 1 <= len(o) <= 100 for o in self.options):
            raise ValueError("每个选项应为 1 到 100 个字")
        return self


class QuestionSetError(WenzeError):
    """A trainer's file that cannot be used; the message says where."""


def _explain(src: Source, title: str, tail: str = "") -> str:
    head = f"依据《{title}》{src.article_label}：" if src.article else f"依据《{title}》{src.section}："
    room = MAX_EXPLANATION - len(head) - len(tail) - 2
    span = src.span if len(src.span) <= room else src.span[:room - 1] + "…"
    return f"{head}“{span}”{tail}"


def _options(correct: str, pool: Iterable[str], rng: random.Random) -> tuple[list[str], int]:
    distractors = sorted({p for p in pool if p != correct})
    rng.shuffle(distractors)
    options = distractors[:MAX_OPTIONS - 1] + [correct]
    rng.shuffle(options)
    return options, options.index(correct)


def generate(book: RuleBook, topic: str | None = None, seed: int = 0) -> list[QuizQuestion]:
    """All questions the rule data gives, optionally of one topic (a key of TOPICS)."""
    wanted = TOPICS.get(topic or "", topic)
    out: list[QuizQuestion] = []
    for kind, make in _MAKERS.items():
        if topic is None or kind == wanted:
            rng = random.Random(f"{seed}:{kind}")        # one topic's questions do not depend on another's
            out += [q.model_copy(update={"topic": TOPIC_NAMES[kind]}) for q in make(book, rng)]
    return out


def _q(question: str, answer: str, pool: Iterable[str], src: Source, title: str, basis: str,
       rng: random.Random) -> QuizQuestion:
    opts, i = _options(answer, pool, rng)
    return QuizQuestion(question=question, options=opts, correct=i, explanation=_explain(src, title),
                        article=src.article, basis=basis)


def _accident(book: RuleBook, rng: random.Random) -> list[QuizQuestion]:
    reg = book.regulation
    words = reg.wording
    combos = {"、".join(r.measures) for r in reg.accident_decisions} | set(_measures(book))
    roles = {r.role for r in reg.accident_decisions}
    out = []
    for row in reg.accident_decisions:
        sev = f"{row.severity}{words.event}" + (f"（{words.consequences[row.consequence].text}）" if row.consequence else "")
        answer = "、".join(row.measures)
        out.append(_q(f"发生{sev}后，对{row.role}的初步问责决定是什么？", answer, combos, row.source, reg.title,
                      row.id, rng))
        same = [r for r in reg.accident_decisions if r.severity == row.severity and r.consequence == row.consequence]
        if sum(1 for r in same if r.measures == row.measures) == 1:
            pool = {r for r in roles if not any(o.role == r and o.measures == row.measures for o in same)}
            out.append(_q(f"发生{sev}后，对谁的初步问责决定是“{answer}”？", row.role, pool, row.source, reg.title,
                          row.id, rng))
    return out


def _convening(book: RuleBook, rng: random.Random) -> list[QuizQuestion]:
    reg = book.regulation
    bodies = {c.body for c in reg.convening}
    out = []
    for c in reg.convening:
        if not c.hours:
            continue
        answer = f"{c.body}，{c.hours}小时内"
        pool = {f"{b}，{h}小时内" for b in bodies for h in (c.hours, c.hours * 2, c.hours * 3)}
        out.append(_q(f"发生{'或'.join(c.severities)}{reg.wording.event}后，由谁在多长时间内召开现场会？",
                      answer, pool, c.source, reg.title, c.id, rng))
    return out


def _procedure(book: RuleBook, rng: random.Random) -> list[QuizQuestion]:
    reg = book.regulation
    procedures = {p.procedure for p in reg.procedures}
    return [_q(f"给予“{m}”问责处理的程序怎样执行？", p.procedure, procedures, p.source, reg.title, p.id, rng)
            for p in reg.procedures for m in p.measures]


def _measures(book: RuleBook) -> list[str]:
    return [m for s in book.regulation.measure_sets for m in s.measures]


def _measure_sets(book: RuleBook, rng: random.Random) -> list[QuizQuestion]:
    """Which measure belongs to a set, the condition of each measure's set, and the words that
    are no measure of this regulation."""
    reg = book.regulation
    words = reg.wording
    measures = _measures(book)
    situations = format_articles(sorted({s.source.article for s in reg.situations
                                        if s.uses_measure_sets and s.source.article}))
    conditions = {words.consequences[s.consequence].text for s in reg.measure_sets}
    out = []
    for s in reg.measure_sets:
        others = [m for m in measures if m not in s.measures]
        condition = words.consequences[s.consequence].text
        for m in s.measures:
            out.append(_q(f"有{situations}规定的情形，{condition}的，下列哪一项是应给予的问责方式？", m, others,
                          s.source, reg.title, s.id, rng))
            if len(conditions) > 1:
                out.append(_q(f"有{situations}规定的情形，在什么条件下给予“{m}”处理？", condition, conditions,
                              s.source, reg.title, s.id, rng))
    listed = "、".join(measures)
    sets_label = reg.measure_sets_label()
    sets_article = reg.measure_sets[0].source.article if reg.measure_sets else None
    for word in book.vocabulary.not_measures:
        opts, i = _options(word, measures, rng)
        out.append(QuizQuestion(
            question=f"下列哪一项不是本规定{sets_label}所列的问责方式？", options=opts, correct=i,
            explanation=f"依据《{reg.title}》{sets_label}，问责方式只有：{listed}。", article=sets_article,
            basis="not_measures"))
    return out


def _combinable(book: RuleBook, rng: random.Random) -> list[QuizQuestion]:
    reg = book.regulation
    c = reg.combinable
    single = [m for m in _measures(book) if m not in c.measures]
    label = c.source.label
    out = [_q("下列哪一项问责方式可以单独适用，也可以和其他问责方式合并适用？", m, single, c.source, reg.title,
              "combinable", rng) for m in c.measures]
    out += [_q(f"下列哪一项问责方式不在{label}所列可以合并适用的问责方式之中？", m, c.measures, c.source,
               reg.title, "combinable", rng) for m in single]
    return out


def _scope(book: RuleBook, rng: random.Random) -> list[QuizQuestion]:
    """Who is covered: the list with one entry blanked; distractors are the bodies of the
    conductors' table (bodies that hold officials accountable, not officials covered)."""
    reg = book.regulation
    bodies = {r.who for r in reg.conductors}
    out = []
    for row in reg.scope:
        others = [r.covers for r in reg.scope if r.id != row.id]
        listed = f"：{'；'.join(others)}；以及下列哪一项？" if others else "下列哪一项？"
        out.append(_q(f"按《{reg.title}》{row.source.article_label}，本规定所称{reg.wording.official}是指{listed}",
                      row.covers, bodies, row.source, reg.title, row.id, rng))
    return out


def _conductors(book: RuleBook, rng: random.Random) -> list[QuizQuestion]:
    """Who conducts (and the accident group): who does what, and what each one does."""
    reg = book.regulation
    whos = {r.who for r in reg.conductors}
    hows = {r.how for r in reg.conductors}
    out = []
    for row in reg.conductors:
        if sum(r.how == row.how for r in reg.conductors) == 1:
            out.append(_q(f"按{row.source.article_label}，“{row.how}”的是谁？", row.who, whos, row.source,
                          reg.title, row.id, rng))
        if sum(r.who == row.who for r in reg.conductors) == 1:
            out.append(_q(f"按{row.source.article_label}，{row.who}怎样履行职责？", row.how, hows, row.source,
                          reg.title, row.id, rng))
    return out


def _referrals(book: RuleBook, rng: random.Random) -> list[QuizQuestion]:
    reg = book.regulation
    whens = {r.when for r in reg.referrals}
    thens = {r.then for r in reg.referrals}
    out = []
    for row in reg.referrals:
        if len(thens) > 1:
            out.append(_q(f"按{row.source.article_label}，对{reg.wording.official}问责，{row.when}，怎样处理？",
                          row.then, thens, row.source, reg.title, row.id, rng))
        if len(whens) > 1:
            out.append(_q(f"按{row.source.article_label}，在什么情况下“{row.then}”？", row.when, whens,
                          row.source, reg.title, row.id, rng))
    return out


def _situations(book: RuleBook, rng: random.Random) -> list[QuizQuestion]:
    """Which article lists a situation, which situations an article with items lists (distractors:
    the situations of the other articles), and which one takes no measure of the sets."""
    reg = book.regulation
    rows = reg.situations
    labels = {r.source.article_label for r in rows}
    out = []
    for row in rows:
        if sum(r.name == row.name for r in rows) == 1 and len(labels) > 1:
            out.append(_q(f"“{row.name}”，是本规定哪一条规定的应当问责的情形？",
                          row.source.article_label, labels, row.source, reg.title, row.id, rng))
        if row.source.item:
            others = {r.name for r in rows if r.source.article != row.source.article}
            if others:
                out.append(_q(f"下列哪一项是{row.source.article_label}所列的应当问责的情形？", row.name, others,
                              row.source, reg.title, row.id, rng))
    sets_label = reg.measure_sets_label()
    using = [r.name for r in rows if r.uses_measure_sets]
    for row in rows:
        if not row.uses_measure_sets and using:
            out.append(_q(f"下列情形中，哪一项不按{sets_label}的问责方式问责？", row.name, using, row.source,
                          reg.title, row.id, rng))
    return out


def _further(book: RuleBook, rng: random.Random) -> list[QuizQuestion]:
    """What may follow the first decision; distractors: the other ways the regulation sends a case
    on (referrals, procedures)."""
    reg = book.regulation
    pool = {r.then for r in reg.referrals} | {p.procedure for p in reg.procedures}
    out = []
    for f in reg.further:
        severities = list(dict.fromkeys(r.severity for r in reg.accident_decisions
                                        if r.source.article in f.after_articles))
        for sev in severities:
            out.append(_q(f"发生{sev}{reg.wording.event}、作出初步问责决定后，还可以怎样？", f.text, pool,
                          f.source, reg.title, f.id, rng))
    return out


def _circumstances(book: RuleBook, rng: random.Random) -> list[QuizQuestion]:
    """What an article only refers to: its own sentence among the sentences of other articles
    that send a matter elsewhere (further accountability, procedures)."""
    reg = book.regulation
    pool = {f.source.span for f in reg.further} | {p.source.span for p in reg.procedures}
    return [_q(f"《{reg.title}》{c.source.article_label}是怎样规定的？", c.source.span,
               {p for p in pool if len(p) <= 100}, c.source, reg.title, c.id, rng)
            for c in reg.circumstances if len(c.source.span) <= 100]


def _missing(book: RuleBook, rng: random.Random) -> list[QuizQuestion]:
    """A list the source lacks: its right answer is MISSING_OPTION, never an invented list; and
    which article the source is cut in."""
    reg = book.regulation
    names = [r.name for r in reg.situations]
    out = []
    for m in reg.missing:
        src = m.source
        opts, i = _options(MISSING_OPTION, names, rng)
        out.append(QuizQuestion(
            question=f"《{reg.title}》{src.article_label}所列的{m.subject}有哪些？", options=opts, correct=i,
            explanation=_explain(src, reg.title, f"原文到此中断，所列{m.subject}在来源中缺失。"),
            article=src.article, basis=m.id))
        labels = {format_ref(n) for n, a in reg.articles.items() if not a.operative or n == reg.example_article}
        out.append(_q(f"《{reg.title}》哪一条的内容在来源中缺失？", src.article_label, labels, src, reg.title,
                      m.id, rng))
    return out


_MAKERS = {"accident": _accident, "convening": _convening, "procedure": _procedure, "measures": _measure_sets,
           "scope": _scope, "conductors": _conductors, "referrals": _referrals, "situations": _situations,
           "combinable": _combinable, "further": _further, "circumstances": _circumstances, "missing": _missing}


def load_yaml(text: str) -> list[QuizQuestion]:
    """A trainer's question set; errors name the question and the field."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise QuestionSetError(f"YAML 格式错误：{err}") from err
    if isinstance(data, dict):
        data = data.get("questions")
    if not isinstance(data, list) or not data:
        raise QuestionSetError("文件应是一个题目列表（或含 questions: 列表），且至少有一题。")
    out = []
    for n, item in enumerate(data, 1):
        try:
            out.append(QuizQuestion.model_validate(item))
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "题目"
            msg = first["msg"].removeprefix("Value error, ")      # our validators speak Chinese
            raise QuestionSetError(f"第 {n} 题的 {where} 有误：{msg}") from err
    return out


def dump_yaml(questions: list[QuizQuestion]) -> str:
    return yaml.safe_dump([q.model_dump() for q in questions], allow_unicode=True, sort_keys=False)
