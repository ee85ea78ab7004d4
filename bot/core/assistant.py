"""The Assistant: the one owner of everything an answer needs, built from the settings in one place.

It holds the current Snapshot (the index and the rule book, swapped together), the audit log, the
conversations and the optional model. The fronts (the `wenze` command, the console, the Telegram
bot, the benchmarks) are handed an Assistant and ask it; none of them builds stores or reads rule
files, and nothing here reads the environment: two Assistants on two data folders and two rule
folders live side by side in one process.
"""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.errors import KnowledgeError
from knowledge.ingest import IngestReport, ingest
from knowledge.repair import rebuild
from knowledge.retrieval import Corpus, KnowledgeBase
from knowledge.store import IndexStore, live_generation, open_store
from rules.schema import RuleBook

from bot.core import grading, pipeline
from bot.core.conversation import Conversations
from bot.core.grading import Grade
from bot.core.pipeline import Answer
from bot.core.snapshot import Snapshot
from bot.settings import Settings
from bot.storage.audit import AuditLog

if TYPE_CHECKING:
    from bot.core.llm import ModelDrafter

log = logging.getLogger(__name__)

RETRY_SECONDS = 60        # a new index generation that did not open is tried again after this long


class Assistant:
    def __init__(self, settings: Settings, snapshot: Snapshot, *, audit: AuditLog | None = None,
                 drafter: ModelDrafter | None = None, rules: Path | None = None) -> None:
        """`rules` is the rule folder a reload reads (default: the shipped rules/data)."""
        self.settings = settings
        self.audit = audit
        self.drafter = drafter
        self.rules = rules
        self.conversations = Conversations() if audit is None else _stored_conversations(audit)
        self._reloading = threading.Lock()
        # The store watched for a new generation (the snapshot's or, without an index, the data
        # folder's, opened on the first question), the generation the snapshot was read from
        # (another one live means a switch), and one that did not open with when to try it again:
        # without an index, the one CURRENT named at the start.
        self._store: IndexStore | None = None
        self._generation: str | None = None
        self._failed: tuple[str, float] | None = None
        named = None if settings.chroma_url else live_generation(settings.data_dir)
        if named is not None and not isinstance(snapshot.kb, KnowledgeBase):
            self._failed = (named, time.monotonic() + RETRY_SECONDS)
        self._swap(snapshot)

    @classmethod
    def open(cls, settings: Settings, *, audit: bool = True, rules: Path | None = None) -> "Assistant":
        """The index under settings.data_dir (built when missing), the rule book, the audit
        database and, when configured, the model. RulesError when a rule file is malformed."""
        book = RuleBook(rules)
        drafter = None
        if settings.llm_url:
            from bot.core.llm import ModelDrafter

            drafter = ModelDrafter(settings)
        return cls(settings, Snapshot.of(_open_knowledge(settings), book),
                   audit=_open_audit(settings) if audit else None, drafter=drafter, rules=rules)

    # ------------------------------------------------------------------ answering
    def answer(self, question: str, *, conversation: str | None = None, channel: str = "cli",
               user: str | int | None = None) -> Answer:
        deadline = time.monotonic() + self.settings.answer_deadline
        snap = self._following_the_index()   # once: this answer reads this snapshot only
        answer = pipeline.answer(snap, question, conversations=self.conversations, drafter=self.drafter,
                                 conversation=conversation, deadline=deadline)
        self._record(answer, channel, user, conversation)
        return answer

    def _following_the_index(self) -> Snapshot:
        """The snapshot, moved to the live index generation when an ingest or a repair (in this
        process or any other, on this folder or the same Chroma server) switched it since the
        snapshot was read; this also ends answering without an index once one has been built or
        repaired. One small read per question (CURRENT, or the pointer on the server). A pointer
        that cannot be read keeps the snapshot in hand; so does a generation that cannot be opened
        (logged), tried again after RETRY_SECONDS or as soon as the pointer moves on."""
        snap = self.snapshot
        store = self._watched_store(snap)
        if store is None:
            return snap
        try:
            live = store.generation()
        except Exception as err:          # chromadb raises many types for a server that is down
            log.warning("index generation not read (%s): answering from the one in hand", type(err).__name__)
            return snap
        if live is None or live == self._generation or self._waiting_on(live):
            return snap
        with self._reloading:
            if self.snapshot is not snap or live == self._generation:
                return self.snapshot      # another thread switched meanwhile
            try:
                kb = KnowledgeBase(store)
            except KnowledgeError as err:
                self._failed = (live, time.monotonic() + RETRY_SECONDS)
                log.error("index generation %s not opened, answering from the one in hand (retried in %d s): %s",
                          live, RETRY_SECONDS, err)
                return snap
            self._swap(Snapshot.of(kb, snap.book))
            log.info("index generation %s in use", kb.generation)
            return self.snapshot

    def _waiting_on(self, live: str) -> bool:
        """Whether `live` failed to open a moment ago: opening reads the whole index, too much to
        repeat on every question; a transient failure (a server's hiccup) still heals."""
        return self._failed is not None and self._failed[0] == live and time.monotonic() < self._failed[1]

    def _watched_store(self, snap: Snapshot) -> IndexStore | None:
        """Where a new generation would appear: the snapshot's own store or, answering without an
        index, the data folder's (opened once). None in server mode without an index: asking a
        server that is down on every question would cost each one its connect timeout."""
        if isinstance(snap.kb, KnowledgeBase):
            return snap.kb.store
        if self.settings.chroma_url:
            return None
        if self._store is None:
            self._store = open_store(self.settings.knowledge)
        return self._store

    def _swap(self, snapshot: Snapshot) -> None:
        """Put `snapshot` in use (one assignment) and remember the generation it was read from."""
        self.snapshot = snapshot
        kb = snapshot.kb
        if isinstance(kb, KnowledgeBase):
            self._store, self._generation, self._failed = kb.store, kb.generation, None

    def grade(self, question: str, answer: str, *, channel: str = "cli", user: str | int | None = None) -> Grade:
        """A trainee's answer marked sentence by sentence (bot/core/grading.py), beside the
        model-free answer to the question on its own. That answer is audited like any other; the
        trainee's text is not kept anywhere. GradingError for an empty or overlong input."""
        snap = self.snapshot              # once: the marks and the reference answer read the same snapshot
        graded = grading.grade(snap.book, snap.sources, question, answer)
        reference = pipeline.answer(snap, question, conversations=Conversations())
        self._record(reference, channel, user, None)
        graded.reference_answer, graded.reference_body = reference.text, reference.body
        graded.reference_articles = [c.article for c in reference.citations
                                     if c.article and c.doc_id == snap.book.regulation.document]
        return graded

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

    # ------------------------------------------------------------------ reloading
    def reload(self) -> str:
        """Re-read the rule folder and re-ingest the sources (admin's /reload) into a new snapshot,
        swapped in with one assignment. Either fails whole (RulesError, KnowledgeError), leaving
        the running snapshot in place; answers under way finish with the snapshot they took."""
        with self._reloading:
            old = self.snapshot
            book = RuleBook(self.rules)                 # raises RulesError on a malformed file
            # the index could not be opened: build it anew, every document its manifests list
            store = open_store(self.settings.knowledge) if old.kb.degraded else old.kb.store
            report = rebuild(store) if old.kb.degraded else ingest(store)
            kb = KnowledgeBase(store)
            self._swap(Snapshot.of(kb, book))
        return (f"已重新载入：规则 {len(book.regulation.rows())} 条；文档新增 {len(report.added)}、"
                f"更新 {len(report.updated)}、未变 {len(report.unchanged)}，共 {len(kb.chunks)} 段。")


    def ingest(self, paths: list[Path], *, title: str | None = None) -> IngestReport:
        """Add or update documents (an admin's /ingest) and swap in a snapshot that holds them.
        Files that cannot be read are in the report and leave the index as it was; KnowledgeError
        when the index cannot be written (busy, unavailable)."""
        with self._reloading:
            old = self.snapshot
            if old.kb.degraded:
                raise KnowledgeError("索引暂时无法打开，请先由管理员发送 /reload 重建索引，再导入文档。")
            report = ingest(old.kb.store, paths, title=title)
            if report.wrote:
                self._swap(Snapshot.of(KnowledgeBase(old.kb.store), old.book))
        return report


def _open_knowledge(settings: Settings) -> Corpus:
    """The index (built when missing); when it cannot be opened (corrupt, another model), the
    shipped text without search, so that the rules keep answering. Logged as critical: an
    operator must rebuild it (`wenze ingest --rebuild`, or /reload in the bot)."""
    try:
        return KnowledgeBase.of_store(open_store(settings.knowledge))
    except KnowledgeError as err:
        log.critical("index unavailable, answering from the rules only: %s", err)
        return Corpus.shipped(str(err))


def _stored_conversations(audit: AuditLog) -> Conversations:
    """Conversations in the audit database, keyed by its hashes: any replica continues them."""
    from bot.storage.conversations import StoredConversations

    return StoredConversations(audit.engine, lambda key: audit.hash_id("conversation", key))


def _open_audit(settings: Settings) -> AuditLog | None:
    """The audit database, or None (logged) when it cannot be opened: users still get answers."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.storage.audit import describe
    from bot.storage.db import SchemaUnavailable

    try:
        return AuditLog.open(settings)
    except (SQLAlchemyError, OSError, SchemaUnavailable) as err:
        # the cause in the operator's words; never the error's text, which may hold the database URL
        log.error("audit trail unavailable, answers will not be recorded: %s (%s)", describe(err),
                  err.__class__.__name__)
        return None


__all__ = ["Assistant", "Snapshot"]
