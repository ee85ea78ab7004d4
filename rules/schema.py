"""The shape of the rule files, validated at load (pydantic), and their loading.

A bad file stops with the file, the row and the field named. Two accident rows that match the same
facts (severity, role, consequence) fail validation: the engine must never choose silently.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import RulesError

Consequence = Literal["major", "minor", "general_major"]


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")
    doc: str | None = None
    article: int | None = None
    item: int | None = None
    section: str | None = None
    span: str = Field(min_length=2)
    in_force: dt.date | None = None

    @model_validator(mode="after")
    def _located(self) -> "Source":
        if self.article is None and self.section is None:
            raise ValueError("来源需要注明条号（article）或章节（section）")
        return self


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    source: Source


class ArticleStatus(BaseModel):
    model_config = ConfigDict(extra="forbid")
    operative: bool
    reason: str | None = None
    missing: bool = False

    @model_validator(mode="after")
    def _reason(self) -> "ArticleStatus":
        if not self.operative and not self.reason:
            raise ValueError("没有规则的条款需要写明理由（reason）")
        return self


class ScopeRow(Row):
    covers: str


class ConductorRow(Row):
    who: str
    how: str


class ReferralRow(Row):
    when: str
    then: str


class SituationRow(Row):
    name: str
    measures_by: str
    refers_to: list[str] = []


class MeasureSet(Row):
    consequence: Consequence
    measures: list[str]


class Combinable(BaseModel):
    model_config = ConfigDict(extra="forbid")
    measures: list[str]
    source: Source


class ProcedureRow(Row):
    measures: list[str]
    procedure: str


class ConveningRow(Row):
    severities: list[str]
    body: str
    hours: int | None = None
    action: str


class AccidentRow(Row):
    severity: str
    role: str
    measures: list[str]
    consequence: Consequence | None = None
    priority: int = 0


class TextRow(Row):
    text: str
    after_articles: list[int] = []


class Regulation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    document: str
    title: str
    in_force: dt.date
    articles: dict[int, ArticleStatus]
    scope: list[ScopeRow]
    conductors: list[ConductorRow]
    referrals: list[ReferralRow]
    situations: list[SituationRow]
    measure_sets: list[MeasureSet]
    combinable: Combinable
    procedures: list[ProcedureRow]
    convening: list[ConveningRow]
    accident_decisions: list[AccidentRow]
    further: list[TextRow]
    circumstances: list[TextRow]
    missing: list[TextRow]

    @model_validator(mode="after")
    def _consistent(self) -> "Regulation":
        seen: dict[tuple, AccidentRow] = {}
        for row in self.accident_decisions:
            key = (row.severity, row.role, row.consequence, row.priority)
            if key in seen:
                raise ValueError(f"accident_decisions 的行 {seen[key].id!r} 和 {row.id!r} 适用于同样的事实 "
                                 f"{key[:3]}，却没有明确的优先级（priority）")
            seen[key] = row
        ids = [r.id for r in self.rows()]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ValueError(f"行的 id 重复：{sorted(dupes)}")
        known = {m for s in self.measure_sets for m in s.measures}
        for row in self.accident_decisions:
            for m in row.measures:
                if m not in known:
                    raise ValueError(f"行 {row.id!r}：{m!r} 不是第十条规定的问责方式")
        return self

    def rows(self) -> list[Row]:
        out: list[Row] = []
        for name in ("scope", "conductors", "referrals", "situations", "measure_sets", "procedures",
                     "convening", "accident_decisions", "further", "circumstances", "missing"):
            out.extend(getattr(self, name))
        return out

    def sources(self) -> list[tuple[str, Source]]:
        out = [(r.id, r.source) for r in self.rows()]
        out.append(("combinable", self.combinable.source))
        return out


class ComplaintStep(Row):
    stage: str
    text: str


class ComplaintSituation(BaseModel):
    """A choice on the first screen of /complaint and the steps that apply to it."""

    model_config = ConfigDict(extra="forbid")
    id: str
    label: str = Field(max_length=30)      # an inline button's text
    steps: list[str] = Field(min_length=1)


class ComplaintPath(BaseModel):
    model_config = ConfigDict(extra="forbid")
    document: str
    title: str
    in_force: dt.date | None = None
    steps: list[ComplaintStep]
    situations: list[ComplaintSituation] = []

    @model_validator(mode="after")
    def _known_steps(self) -> "ComplaintPath":
        ids = {s.id for s in self.steps}
        for sit in self.situations:
            unknown = [i for i in sit.steps if i not in ids]
            if unknown:
                raise ValueError(f"情形 {sit.id!r}：没有这些步骤 {unknown}")
        return self

    def situation(self, sid: str) -> tuple[ComplaintSituation, list[ComplaintStep]]:
        sit = next(s for s in self.situations if s.id == sid)
        by_id = {s.id: s for s in self.steps}
        return sit, [by_id[i] for i in sit.steps]


class Vocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid")
    severities: dict[str, list[str]]
    roles: dict[str, list[str]]
    measures: dict[str, list[str]]
    not_measures: list[str]
    consequences: dict[Consequence, list[str]]
    asks: dict[str, list[str]]


def data_dir() -> Path:
    return Path(__file__).resolve().parent / "data"


def _location(err: ValidationError, raw: object) -> str:
    first = err.errors()[0]
    loc = list(first["loc"])
    where = []
    node = raw
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
            if isinstance(node, dict) and "id" in node:
                where.append(f"row {node['id']!r}")
                continue
        where.append(str(part))
    # our validators' messages are Chinese; pydantic prefixes them with "Value error, "
    return f"{' / '.join(where) or 'top level'}: {first['msg'].removeprefix('Value error, ')}"


def load_model(path: Path, model: type[BaseModel]):
    """Parse one YAML file into `model`; RulesError naming file, row and field otherwise."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise RulesError(f"{path}：无法读取：{err}") from None
    except yaml.YAMLError as err:
        raise RulesError(f"{path}：不是合法的 YAML：{err}") from None
    if not isinstance(raw, dict):
        raise RulesError(f"{path}：顶层应当是键值对（mapping）")
    try:
        obj = model.model_validate(raw)
    except ValidationError as err:
        raise RulesError(f"{path}：{_location(err, raw)}") from None
    if isinstance(obj, Regulation):
        for _, src in obj.sources():
            src.doc = src.doc or obj.document
            src.in_force = src.in_force or obj.in_force
    if isinstance(obj, ComplaintPath):
        for step in obj.steps:
            step.source.doc = step.source.doc or obj.document
    return obj


class RuleBook:
    """All rule files, loaded once."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = Path(folder) if folder else data_dir()
        self.regulation: Regulation = load_model(folder / "regulation.yaml", Regulation)
        self.complaint: ComplaintPath = load_model(folder / "complaint.yaml", ComplaintPath)
        self.vocabulary: Vocabulary = load_model(folder / "vocabulary.yaml", Vocabulary)
        roles = {r.role for r in self.regulation.accident_decisions}
        unknown = roles - set(self.vocabulary.roles)
        if unknown:
            raise RulesError(f"{folder / 'vocabulary.yaml'}：规则用到的职务 {sorted(unknown)} 在词表中没有条目")

    def coverage(self) -> dict[str, list[int]]:
        arts = self.regulation.articles
        return {
            "operative": sorted(n for n, a in arts.items() if a.operative),
            "non_operative": sorted(n for n, a in arts.items() if not a.operative),
            "missing": sorted(n for n in range(1, 19) if n not in arts),
        }


_BOOK: RuleBook | None = None


def rulebook() -> RuleBook:
    global _BOOK
    if _BOOK is None:
        _BOOK = RuleBook()
    return _BOOK
