"""The shape of the rule files, validated at load (pydantic), and their loading.

A bad file stops with the file, the row and the field named. Two accident rows that match the same
facts (severity, role, consequence) fail validation: the engine must never choose silently.
"""
from __future__ import annotations

import datetime as dt
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import RulesError
from .references import format_articles, format_ref, int_cn

if TYPE_CHECKING:
    from .facts import Terms
    from .topics import Topics

Consequence = Literal["major", "minor", "general_major"]


class Source(BaseModel):
    """Where a row rests: an article, optionally one of its paragraphs (款) and items (项), or a
    section of a document without articles; and the verbatim span it quotes."""

    model_config = ConfigDict(extra="forbid")
    doc: str | None = None
    article: int | None = None
    paragraph: int | None = None      # 款: 第十条第二款
    item: int | None = None           # 项: 第十三条（一）
    section: str | None = None
    span: str = Field(min_length=2)
    in_force: dt.date | None = None

    @model_validator(mode="after")
    def _located(self) -> "Source":
        if self.article is None and self.section is None:
            raise ValueError("来源需要注明条号（article）或章节（section）")
        if (self.paragraph or self.item) and self.article is None:
            raise ValueError("款（paragraph）或项（item）需要注明所属的条（article）")
        return self

    @property
    def article_label(self) -> str:
        """第十条 (without paragraph or item); empty for a section."""
        return format_ref(self.article) if self.article else ""

    @property
    def label(self) -> str:
        """第十条第二款, 第十三条（一）: the article with its paragraph (款) and item (项)."""
        if not self.article:
            return ""
        out = format_ref(self.article, self.paragraph)
        if self.item:
            out += f"（{int_cn(self.item)}）"
        return out


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


class ConsequenceWording(BaseModel):
    """The regulation's words for one consequence the rules tell apart."""

    model_config = ConfigDict(extra="forbid")
    text: str                              # 造成较大损失或者不良影响
    short: str | None = None               # 较大损失或不良影响 (a table's column head)
    question: str | None = None            # 是否造成了较大损失或者不良影响 (asked when it decides)
    denied: str | None = None              # 没有造成较大损失或者不良影响 (the other answer)
    implies: Consequence | None = None     # 重大损失或者恶劣影响 is at least 较大损失或者不良影响


class Wording(BaseModel):
    """Sentences of the answers that carry the regulation's own facts, as templates filled from
    the rows, so that no Python file words them."""

    model_config = ConfigDict(extra="forbid")
    event: str                             # what the severity table is about: 公共安全责任事故
    official: str                          # whom the regulation holds accountable: 党政领导干部
    consequences: dict[Consequence, ConsequenceWording]
    ask_severity: str                      # {event}
    ask_consequence: str                   # {severity} {event} {question}
    partial_table: str                     # {articles} {consequence} {severity} {event}
    not_a_measure: str                     # {word} {measures} {referral}
    # a role the table gives nothing at this severity: {articles} {role} {severity}
    no_rule: str = "{articles}没有对{role}规定{severity}事故的{decision}。"
    # the first sentence of an answer to a yes/no question, per lead key (会 / 需要): {yes, no}
    leads: dict[str, dict[Literal["yes", "no"], str]] = {}


class ScopeRow(Row):
    covers: str
    # the ranks the row's 成员 include (a 领导班子成员 is a principal or a deputy): the checker
    # holds "副职不在第二条范围内" to them
    ranks: list[str] = []


class ConductorRow(Row):
    who: str
    how: str
    # what the bodies do, for the checker's reading of "问责由…进行": conducts (they hold to
    # account), duties (they carry out duties in it), forms_group (they make up `group`)
    acts: Literal["conducts", "duties", "forms_group"] | None = None
    bodies: list[str] = []           # the bodies of `who`, each as a draft may name it
    group: str | None = None         # the body formed (事故问责组)
    alongside: str | None = None     # the body it works in step with (事故调查组), not after it
    # accidents: the body that investigates every accident; cited with each accident decision
    purpose: Literal["accidents"] | None = None


class ReferralRow(Row):
    when: str
    then: str
    key: str | None = None           # what the referral gives or goes to (党纪政纪处分, 司法机关)
    cumulative: bool = False         # on top of the accountability (同时…), never instead of it
    # the responsibility it is named by when not by its key (刑事追究 of 涉嫌犯罪的…移送司法机关)
    names: list[str] = []
    # discipline: where a disciplinary word that is no measure of this regulation belongs
    purpose: Literal["discipline"] | None = None


class SituationRow(Row):
    name: str
    measures_by: str                 # "measure_sets": the regulation's measure sets; else how instead
    refers_to: list[str] = []

    @property
    def uses_measure_sets(self) -> bool:
        return self.measures_by == "measure_sets"


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
    before: str | None = None        # the decision the initial decision comes before (国务院、省的问责决定)
    decision: str = "初步问责决定"   # what the article calls its outcome (第十六条: 处理, never 初步问责决定)


class AccidentRow(Row):
    severity: str
    role: str
    measures: list[str]
    consequence: Consequence | None = None
    priority: int = 0


class TextRow(Row):
    text: str
    after_articles: list[int] = []       # further accountability: after decisions of these articles


class MissingRow(TextRow):
    """A part of an article the source lacks: nothing may be asserted about it."""

    subject: str                         # 不予问责的情形
    words: list[str] = []                # words that assert something about it: 不予问责


class Regulation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    document: str
    title: str
    in_force: dt.date
    article_count: int = Field(ge=1)     # how many articles the regulation has (第一条 to the last)
    example_article: int = Field(ge=1)   # the article examples name; `wenze health` looks for it
    articles: dict[int, ArticleStatus]
    wording: Wording
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
    missing: list[MissingRow]

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
                    raise ValueError(f"行 {row.id!r}：{m!r} 不是{self.measure_sets_label()}规定的问责方式")
        beyond = sorted(n for n in [*self.articles, self.example_article] if not 1 <= n <= self.article_count)
        if beyond:
            raise ValueError(f"条号 {beyond} 超出了条文总数（article_count {self.article_count}）")
        for name, purpose in (("conductors", "accidents"), ("referrals", "discipline")):
            if sum(r.purpose == purpose for r in getattr(self, name)) > 1:
                raise ValueError(f"{name} 中不止一行的用途（purpose）是 {purpose!r}")
        return self

    # ------------------------------------------------------------ facts derived from the rows
    def table_articles(self) -> list[int]:
        """The articles of the severity × role table (第十三、十四、十六条), from its rows."""
        return sorted({r.source.article for r in self.accident_decisions if r.source.article})

    def measure_sets_label(self) -> str:
        """第十条: the article(s) giving the measure sets."""
        return format_articles(sorted({s.source.article for s in self.measure_sets if s.source.article}))

    def missing_articles(self) -> list[int]:
        """Articles whose text the source lacks (it is cut inside them)."""
        return sorted(n for n, a in self.articles.items() if a.missing)

    def severities(self) -> list[str]:
        """The severities of the table, in its order."""
        return list(dict.fromkeys(r.severity for r in self.accident_decisions))

    def conductor(self, purpose: str) -> ConductorRow | None:
        return next((r for r in self.conductors if r.purpose == purpose), None)

    def referral(self, purpose: str) -> ReferralRow | None:
        return next((r for r in self.referrals if r.purpose == purpose), None)

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


class RankWords(BaseModel):
    """Words of one rank (正职 / 分管副职; None: a leader whose rank is not said), and the level
    the title itself places them at (区长 is of the 区), if any."""

    model_config = ConfigDict(extra="forbid")
    rank: str | None
    level: str | None = None
    words: list[str]


class BareLevel(BaseModel):
    """A one-character level (区, 市) and the characters before it that make it part of another
    word (辖区, 城市)."""

    model_config = ConfigDict(extra="forbid")
    level: str
    not_after: str = ""


class Departments(BaseModel):
    model_config = ConfigDict(extra="forbid")
    names: list[str]
    suffixes: list[str]


class Vocabulary(BaseModel):
    """Typed words -> the regulation's wording. Roles are fixed phrases (`roles`) and, where the
    vocabulary has them, titles read as level × rank (`levels`, `ranks`, `positions`)."""

    model_config = ConfigDict(extra="forbid")
    severities: dict[str, list[str]]
    severity_negations: list[str] = []
    roles: dict[str, list[str]]
    levels: dict[str, list[str]] = {}
    bare_levels: dict[str, BareLevel] = {}
    departments: Departments | None = None
    department_levels: dict[str, str] = {}
    ranks: list[RankWords] = []
    level_gap: int = 8
    role_joins: list[str] = []
    positions: dict[str, dict[str, str]] = {}      # level -> rank -> role
    level_readings: dict[str, list[str]] = {}      # an ambiguous level word -> the levels it may be
    role_labels: dict[str, str] = {}
    ask_role: str = "“{word}”是哪一位？"
    accident_words: list[str] = ["事故"]
    follow_up_starts: list[str] = []
    measures: dict[str, list[str]]
    not_measures: list[str]
    consequences: dict[Consequence, list[str]]
    consequence_degrees: list[str] = []            # 很, 非常: inside a consequence (影响很恶劣), the same consequence
    asks: dict[str, list[str]]
    yes_no: dict[str, list[str]] = {}              # lead key (会 / 需要) -> the question forms
    # what a question asks about when it is not what the rules give an official (rules/topics.py)
    topics: dict[str, list[str]] = {}
    scope_forms: list[str] = []                    # asking whether someone is one (算不算 + 党政领导干部)
    scope_verbs: list[str] = []                    # a regulation covering someone (管, 适用): their potential forms ask scope
    # (r12alarmA) a noun naming what a list of cases differs by (按后果分两档) -> the category of its values
    dimensions: dict[str, str] = {}
    table_topics: list[str] = []                   # topics the severity table answers too (conductors)
    subject_topics: list[str] = []                 # topics whose words the documents may lack (申诉)
    # a leader word right before one of these qualifies a thing, naming no official (领导责任)
    leader_attributes: list[str] = []
    # words of one meaning that a restatement may use for each other (导致 / 造成 / 致使: the
    # regulation itself says a cause each of these ways); rules/checking/same_meaning.py
    same_meaning: list[list[str]] = []

    @model_validator(mode="after")
    def _positions_known(self) -> "Vocabulary":
        known = set(self.levels) | {b.level for b in self.bare_levels.values()} | set(self.department_levels.values())
        for level, ranks in self.positions.items():
            if level not in known:
                raise ValueError(f"positions: level {level!r} has no words")
        for rw in self.ranks:
            if rw.level and rw.level not in self.positions and rw.level not in self.level_readings:
                raise ValueError(f"ranks: level {rw.level!r} of {rw.words[:2]} is neither a position nor a reading")
        for key in ("table_topics", "subject_topics"):
            unknown = [t for t in getattr(self, key) if t not in self.topics]
            if unknown:
                raise ValueError(f"{key}: {unknown} are not topics")
        return self

    def position_roles(self) -> set[str]:
        return {role for ranks in self.positions.values() for role in ranks.values()}


class NationalClass(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    severity: str = Field(alias="class")
    deaths: int
    serious_injuries: int
    direct_loss: int                       # yuan


class NationalClasses(BaseModel):
    """The national classification of accidents by their figures: a source outside the knowledge
    base, used to suggest a class the user confirms."""

    model_config = ConfigDict(extra="forbid")
    document: str
    title: str
    issuer: str
    article: int
    outside_kb: bool
    classes: list[NationalClass]
    figures: dict[str, list[str]]
    wording: dict[str, str]

    def classify(self, deaths: int | None, injuries: int | None, loss: int | None) -> str | None:
        """The most severe class any figure reaches ("以上" includes the bound)."""
        said = [(deaths, "deaths"), (injuries, "serious_injuries"), (loss, "direct_loss")]
        if all(v is None for v, _ in said):
            return None
        for c in self.classes:
            if any(v is not None and v >= getattr(c, name) for v, name in said):
                return c.severity
        return self.classes[-1].severity

    @property
    def label(self) -> str:
        return f"《{self.title}》{format_ref(self.article)}（{self.issuer}）"


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
    return f"{' / '.join(where) or '顶层'}: {first['msg'].removeprefix('Value error, ')}"


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
    """All rule files of one folder, loaded once. Nothing holds a book globally: whoever answers
    (the Assistant's snapshot) passes its book to every rules function."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = Path(folder) if folder else data_dir()
        self.regulation: Regulation = load_model(folder / "regulation.yaml", Regulation)
        # A regulation without a citizens' complaint path (a second regulation) has none.
        complaint = folder / "complaint.yaml"
        self.complaint: ComplaintPath | None = (load_model(complaint, ComplaintPath)
                                                if complaint.exists() else None)
        self.vocabulary: Vocabulary = load_model(folder / "vocabulary.yaml", Vocabulary)
        # Suggesting a class from casualty figures needs the national table; a regulation without
        # it asks for the class with no suggestion.
        national = folder / "national_classes.yaml"
        self.national: NationalClasses | None = (load_model(national, NationalClasses)
                                                 if national.exists() else None)
        roles = {r.role for r in self.regulation.accident_decisions}
        unknown = roles - set(self.vocabulary.roles)
        if unknown:
            raise RulesError(f"{folder / 'vocabulary.yaml'}：规则用到的职务 {sorted(unknown)} 在词表中没有条目")

    @cached_property
    def terms(self) -> "Terms":
        """This book's vocabulary as matching tables, built on first use: a second book reads
        text with its own words."""
        from .facts import build_terms

        return build_terms(self.vocabulary)

    @cached_property
    def topics(self) -> "Topics":
        """What a question may ask about besides an official's outcome, from this book's words."""
        from .topics import build_topics

        return build_topics(self)

    def coverage(self) -> dict[str, list[int]]:
        arts = self.regulation.articles
        return {
            "operative": sorted(n for n, a in arts.items() if a.operative),
            "non_operative": sorted(n for n, a in arts.items() if not a.operative),
            "missing": sorted(n for n in range(1, self.regulation.article_count + 1) if n not in arts),
        }
