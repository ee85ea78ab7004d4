"""Quiz questions for trainers' drills, generated from the rule tables.

Each cell of a table is a question: a severity × role cell asks for the measure (distractors:
other measures and measure combinations of the same regulation) and, when one role alone gets
that measure at that severity, for the role (distractors: the other roles); each convening row
asks who convenes and within what time; each measure asks for its procedure; each measure set
asks which measure belongs to it; and words that are not measures of this regulation are asked
about as such. Every explanation quotes the article it rests on, within Telegram's 200 characters.

A trainer's own set is a YAML list in the same format (`dump_yaml` writes it).
"""
from __future__ import annotations

import random
from collections.abc import Iterable

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from rules.errors import WenzeError
from rules.references import format_articles
from rules.schema import RuleBook, Source

MAX_EXPLANATION = 200        # Telegram's limit for a quiz explanation
MAX_OPTIONS = 4
TOPICS = {"事故": "accident", "召集": "convening", "程序": "procedure", "方式": "measures"}


class QuizQuestion(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str = Field(min_length=4, max_length=300)
    options: list[str] = Field(min_length=2, max_length=10)
    correct: int = Field(ge=0)
    explanation: str = Field(min_length=2, max_length=MAX_EXPLANATION)
    article: int | None = None
    topic: str = "自定义"

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


def _explain(src: Source, title: str) -> str:
    head = f"依据《{title}》{src.article_label}：" if src.article else f"依据《{title}》{src.section}："
    text = f"{head}“{src.span}”"
    if len(text) > MAX_EXPLANATION:
        text = text[:MAX_EXPLANATION - 2] + "…”"
    return text


def _options(correct: str, pool: Iterable[str], rng: random.Random) -> tuple[list[str], int]:
    distractors = sorted({p for p in pool if p != correct})
    rng.shuffle(distractors)
    options = distractors[:MAX_OPTIONS - 1] + [correct]
    rng.shuffle(options)
    return options, options.index(correct)


def generate(book: RuleBook, topic: str | None = None, seed: int = 0) -> list[QuizQuestion]:
    """All questions the tables give, optionally of one topic (事故 / 召集 / 程序 / 方式)."""
    reg = book.regulation
    rng = random.Random(seed)
    title = reg.title
    measures = [m for s in reg.measure_sets for m in s.measures]
    combos = {"、".join(r.measures) for r in reg.accident_decisions} | set(measures)
    words = reg.wording
    out: list[tuple[str, QuizQuestion]] = []

    for row in reg.accident_decisions:
        sev = f"{row.severity}{words.event}" + (f"（{words.consequences[row.consequence].text}）" if row.consequence else "")
        answer = "、".join(row.measures)
        opts, i = _options(answer, combos, rng)
        out.append(("accident", QuizQuestion(
            question=f"发生{sev}后，对{row.role}的初步问责决定是什么？", options=opts, correct=i,
            explanation=_explain(row.source, title), article=row.source.article, topic="事故")))
        same = [r for r in reg.accident_decisions if r.severity == row.severity and r.consequence == row.consequence]
        if sum(1 for r in same if r.measures == row.measures) == 1:
            roles = {r.role for r in reg.accident_decisions}
            opts, i = _options(row.role, roles, rng)
            out.append(("accident", QuizQuestion(
                question=f"发生{sev}后，对谁的初步问责决定是“{answer}”？", options=opts, correct=i,
                explanation=_explain(row.source, title), article=row.source.article, topic="事故")))

    bodies = {c.body for c in reg.convening}
    for c in reg.convening:
        if not c.hours:
            continue
        answer = f"{c.body}，{c.hours}小时内"
        pool = {f"{b}，{h}小时内" for b in bodies for h in (c.hours, c.hours * 2, c.hours * 3)}
        opts, i = _options(answer, pool, rng)
        out.append(("convening", QuizQuestion(
            question=f"发生{'或'.join(c.severities)}{words.event}后，由谁在多长时间内召开现场会？",
            options=opts, correct=i, explanation=_explain(c.source, title), article=c.source.article, topic="召集")))

    procedures = {p.procedure for p in reg.procedures}
    for p in reg.procedures:
        for m in p.measures:
            opts, i = _options(p.procedure, procedures, rng)
            out.append(("procedure", QuizQuestion(
                question=f"给予“{m}”问责处理的程序怎样执行？", options=opts, correct=i,
                explanation=_explain(p.source, title), article=p.source.article, topic="程序")))

    situations = format_articles(sorted({s.source.article for s in reg.situations
                                        if s.uses_measure_sets and s.source.article}))
    for s in reg.measure_sets:
        others = [m for m in measures if m not in s.measures]
        for m in s.measures:
            opts, i = _options(m, others, rng)
            out.append(("measures", QuizQuestion(
                question=f"有{situations}规定的情形，{words.consequences[s.consequence].text}的，下列哪一项是应给予的问责方式？",
                options=opts, correct=i, explanation=_explain(s.source, title), article=s.source.article,
                topic="方式")))

    listed = "、".join(measures)
    sets_label = reg.measure_sets_label()
    sets_article = reg.measure_sets[0].source.article if reg.measure_sets else None
    for word in book.vocabulary.not_measures:
        opts, i = _options(word, measures, rng)
        out.append(("measures", QuizQuestion(
            question=f"下列哪一项不是本规定{sets_label}所列的问责方式？", options=opts, correct=i,
            explanation=f"依据《{title}》{sets_label}，问责方式只有：{listed}。", article=sets_article, topic="方式")))

    wanted = TOPICS.get(topic or "", topic)
    return [q for kind, q in out if topic is None or kind == wanted]


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
