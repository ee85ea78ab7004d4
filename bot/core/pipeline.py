"""One path for every question, whatever the front (console, Telegram, batch):

    question -> refuse? -> retrieve -> facts + decide -> draft -> check -> answer with citations -> audit

The rules engine decides; retrieval supplies the quoted text; an optional model only rephrases,
and its draft is shown only when it passes the same checker as ours. Citations are built from
the index's chunk metadata, never from model text.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from knowledge.errors import KnowledgeError
from knowledge.retrieval import Corpus, KnowledgeBase, SearchResult, normalize_query
from rules.checker import CheckResult, check
from rules.engine import Outcome, decide
from rules.facts import extract
from rules.references import format_ref
from rules.schema import RuleBook, rulebook

from bot.storage.audit import AuditLog
from bot.config import BotSettings, load_bot_settings
from bot.core.conversation import Conversations
from bot.core.drafting import Cited, Draft, decline_draft, passages_draft, quote_block, rules_draft
from bot.core.guard import refuse

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 1000
SOURCES = ("rules", "passages", "model", "none")


@dataclass
class Answer:
    question: str
    text: str
    citations: list[Cited]
    decision: dict | None
    check: CheckResult
    grounded: bool
    source: str
    # for the fronts and the audit trail
    facts: dict | None = None
    options: list[dict] = field(default_factory=list)      # a missing fact's choices
    passage_ids: list[str] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)     # model drafts not shown, with why
    latency_ms: float = 0.0
    audit_id: int | None = None

    def as_json(self) -> dict:
        """The public shape of `wenze ask --json`, exactly these keys."""
        return {"question": self.question, "answer": self.text,
                "citations": [c.as_json() for c in self.citations], "decision": self.decision,
                "check": self.check.as_json(), "grounded": self.grounded, "source": self.source}


class Pipeline:
    def __init__(self, kb: Corpus, settings: BotSettings | None = None, *, audit: AuditLog | None = None,
                 drafter=None, book: RuleBook | None = None) -> None:
        self.kb = kb
        self.settings = settings or load_bot_settings()
        self.audit = audit
        self.drafter = drafter
        self.book = book or rulebook()
        self.conversations = Conversations()

    @classmethod
    def open(cls, settings: BotSettings | None = None, *, audit: bool = True) -> "Pipeline":
        """The index (built when missing), the audit database and, when configured, the model."""
        settings = settings or load_bot_settings()
        drafter = None
        if settings.llm_url:
            from bot.core.llm import ModelDrafter

            drafter = ModelDrafter(settings)
        return cls(_open_knowledge(), settings, audit=_open_audit(settings) if audit else None, drafter=drafter)

    def reload(self) -> str:
        """Re-read the rule files and re-ingest the sources (admin's /reload). Either fails whole,
        leaving the running rules and index in place."""
        from knowledge.config import load_settings
        from knowledge.embeddings import get_embedder
        from knowledge.ingest import ingest
        from knowledge.store import IndexStore
        from rules import schema
        from rules.checker import _corpus

        book = schema.RuleBook()                       # raises RulesError on a malformed file
        if self.kb.degraded:                           # the index could not be opened: build it anew
            settings = load_settings()
            store = IndexStore(settings, get_embedder(settings))
        else:
            store = self.kb.store
        report = ingest(store, rebuild=self.kb.degraded)
        kb = KnowledgeBase(store)
        schema._BOOK = book
        self.book, self.kb = book, kb
        _corpus.cache_clear()
        return (f"已重新载入：规则 {len(book.regulation.rows())} 条；文档新增 {len(report.added)}、"
                f"更新 {len(report.updated)}、未变 {len(report.unchanged)}，共 {len(kb.chunks)} 段。")

    # ------------------------------------------------------------------ the path
    def answer(self, question: str, *, conversation: str | None = None, channel: str = "cli",
               user: str | int | None = None) -> Answer:
        started = time.perf_counter()
        question = normalize_query(question or "")
        facts = None
        outcome: Outcome | None = None
        result: SearchResult | None = None
        rejected: list[dict] = []
        if len(question) > MAX_QUESTION_CHARS:
            draft = decline_draft(None, "too_long", n=len(question), max=MAX_QUESTION_CHARS)
        elif refused := refuse(question):
            draft = decline_draft(self.kb, refused)
        else:
            try:
                result = self.kb.search(question, k=5)          # retrieve
            except KnowledgeError as err:
                # fail closed: no retrieval, no answer (never one the passages cannot back)
                log.error("retrieval failed: %s", type(err).__name__)
                result = SearchResult([], "unavailable", {"error": str(err)})
            if result.reason == "empty_query":
                draft = decline_draft(self.kb, result.reason)
            else:
                said = extract(question, self.book)
                facts = self.conversations.resolve(conversation, question, said)
                outcome = decide(facts, self.book)               # decide
                draft = self._draft(question, result, outcome, follow_up=facts is not said)
        verdict = check(question, draft.full, self.book, facts=facts,    # check
                        states_decision=draft.source == "rules")
        if not verdict.passed:
            # Our own drafts are built to pass; a failure here is a bug, and the test suite runs
            # every dev question through this path to catch it.
            log.error("model-free draft failed the checker: %s", verdict.problems)
        text, source = draft.full, draft.source
        if self.drafter is not None and draft.grounded and draft.source in ("rules", "passages") \
                and not (outcome and outcome.missing):
            model_text, rejected = self._model(question, draft, facts)
            if model_text is not None:
                text, source = model_text, "model"
        if facts is not None:
            self.conversations.remember(conversation, facts, outcome.missing if outcome else None)
        answer = Answer(
            question=question, text=text, citations=draft.citations(),
            decision=outcome.decision.as_json() if outcome and outcome.decision and draft.source == "rules" else None,
            check=verdict, grounded=draft.grounded, source=source,
            facts=facts.as_json() if facts else None,
            options=list(outcome.missing.options) if outcome and outcome.missing else [],
            passage_ids=[p.id for p in result.passages] if result else [], rejected=rejected,
            latency_ms=(time.perf_counter() - started) * 1000)
        self._record(answer, channel, user, conversation)
        return answer

    def _draft(self, question: str, result: SearchResult, outcome: Outcome, follow_up: bool) -> Draft:
        """Which answer: the rules' when they answer the question, else the passages, else a decline."""
        ruled = outcome.missing is not None or _answers_the_question(outcome)
        if result.reason == "unavailable":
            # no search: the rules still decide and quote their articles; nothing else is said
            return rules_draft(self.kb, outcome) if ruled else decline_draft(self.kb, "unavailable")
        if outcome.missing is not None or (ruled and (follow_up or result.reason != "article")):
            # A follow-up's own words ("那重大事故呢？") retrieve nothing worth quoting.
            return rules_draft(self.kb, outcome, question, None if follow_up else result)
        if result.passages:
            return passages_draft(self.kb, question, result)
        if outcome.decision is not None:
            return rules_draft(self.kb, outcome)
        return decline_draft(self.kb, result.reason)

    def _model(self, question: str, draft: Draft, facts) -> tuple[str | None, list[dict]]:
        """The model's rewording when it survives every check, and the rejected drafts."""
        got = self.drafter.draft(question, draft.text if draft.source == "rules" else "", draft.citations())
        if got.draft is None:
            return None, [{"model": self.drafter.name, "draft": None, "problems": [got.error]}]
        material = draft.full
        problems = self.drafter.guard(got.draft, material)
        problems += check(question, got.draft, self.book, facts=facts,
                          states_decision=draft.source == "rules").problems
        if draft.source == "rules":
            for c in draft.cited:
                if c.article and format_ref(c.article) not in got.draft:
                    problems.append(f"没有引用{c.label}。")
        if problems:
            return None, [{"model": self.drafter.name, "draft": got.draft, "problems": list(dict.fromkeys(problems))}]
        return f"{got.draft}\n\n{quote_block(draft.cited, draft.also, draft.related)}".strip(), []

    def _record(self, a: Answer, channel: str, user, conversation: str | None) -> None:
        if self.audit is None:
            return
        a.audit_id = self.audit.record({
            "channel": channel, "user_hash": self.audit.hash_id(channel, user),
            "conversation_hash": self.audit.hash_id(channel, conversation),
            "question": a.question, "passage_ids": a.passage_ids, "facts": a.facts, "decision": a.decision,
            "source": a.source, "grounded": a.grounded, "check_passed": a.check.passed,
            "problems": a.check.problems, "rejected": a.rejected,
            "model": self.drafter.name if self.drafter else None, "answer": a.text,
            "latency_ms": round(a.latency_ms, 2)})


def _answers_the_question(outcome: Outcome) -> bool:
    """A decision about a measure alone (its procedure, whether it combines) answers only a question
    about that; "要不要向老百姓道歉" mentions 道歉 but asks something the passages answer better."""
    d = outcome.decision
    if d is None or d.kind != "measures":
        return d is not None
    return bool(d.notes) or bool({"procedure", "combine"} & set(outcome.facts.asks))


def _open_knowledge() -> Corpus:
    """The index (built when missing); when it cannot be opened (corrupt, another model), the
    shipped text without search, so that the rules keep answering. Logged as critical: an
    operator must rebuild it (`wenze ingest --rebuild`, or /reload in the bot)."""
    try:
        return KnowledgeBase.open()
    except KnowledgeError as err:
        log.critical("index unavailable, answering from the rules only: %s", err)
        return Corpus.shipped(str(err))


def _open_audit(settings: BotSettings) -> AuditLog | None:
    """The audit database, or None (logged) when it cannot be opened: users still get answers."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return AuditLog.open(settings)
    except (SQLAlchemyError, OSError) as err:
        log.error("audit trail unavailable, answers will not be recorded: %s", err.__class__.__name__)
        return None


__all__ = ["Answer", "Pipeline", "SOURCES"]
