"""What a conversation remembers between questions: the last facts and an open question.

A follow-up such as "那重大事故呢？" names only what changes; the rest (the role) comes from the
previous turn. A reply to "是哪一级公共安全责任事故？" may be just "较大" or the option's number.
Memory is bounded and expires, so a long-running bot does not grow without limit.
"""
from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from dataclasses import asdict, dataclass, fields, replace

from rules.engine import Missing
from rules.facts import Facts
from rules.schema import RuleBook
from rules.titles import level_of

# A question that leans on the previous one: "那……呢", "如果是……", "换成……".
_FOLLOW_UP = re.compile(r"^(那|那么|那如果|如果|要是|假如|换成|改成|若是|若)|呢[？?。!！]*$")
_NO = re.compile(r"没有|没|未|否|不是|不")
_YES = re.compile(r"是|有|造成|对")
SHORT = 12           # a yes/no reply to an open question
# The field of an open question that asks which document an article number is of (bot/core/which_law.py)
WHICH_DOCUMENT = "document"
FRAGMENT = 6         # "重大的呢", "分管副职": this short, a message only makes sense as a follow-up


@dataclass
class Turn:
    facts: Facts
    missing: Missing | None
    at: float                  # seconds since the epoch: comparable between processes

    def as_json(self) -> tuple[dict, dict | None]:
        return self.facts.as_json(), (asdict(self.missing) if self.missing else None)

    @classmethod
    def of_json(cls, facts: dict, missing: dict | None, at: float) -> "Turn":
        known = {f.name for f in fields(Facts)}
        return cls(Facts(**{k: v for k, v in facts.items() if k in known}),
                   Missing(**missing) if missing else None, at)


class Conversations:
    """The memory of this process (the console without a database, tests). StoredConversations
    (bot/storage/conversations.py) keeps the same turns in the SQL database, so that any replica
    of the bot continues a conversation another one began."""

    def __init__(self, max_conversations: int = 10_000, ttl_seconds: float = 3600.0) -> None:
        self._turns: OrderedDict[str, Turn] = OrderedDict()
        self._max = max_conversations
        self._ttl = ttl_seconds
        self._lock = threading.Lock()

    def _load(self, key: str) -> Turn | None:
        with self._lock:
            turn = self._turns.get(key)
            if turn is None or time.time() - turn.at > self._ttl:
                self._turns.pop(key, None)
                return None
            return turn

    def _save(self, key: str, turn: Turn) -> None:
        with self._lock:
            self._turns[key] = turn
            self._turns.move_to_end(key)
            while len(self._turns) > self._max:
                self._turns.popitem(last=False)

    def _drop(self, key: str) -> None:
        with self._lock:
            self._turns.pop(key, None)

    def _last(self, key: str | None) -> Turn | None:
        return None if key is None else self._load(key)

    def resolve(self, key: str | None, question: str, facts: Facts, book: RuleBook | None = None) -> Facts:
        """The facts this question means in its conversation. `book` (the snapshot's) places a
        follow-up's bare title at the level of the previous question's official ("街道书记……" then
        "那分管副主任呢？")."""
        turn = self._last(key)
        if turn is None:
            return facts
        if turn.missing is not None:
            answered = _answer_missing(turn, question, facts)
            if answered is not None:
                return answered
        if facts.empty() or facts.articles:
            return facts
        if not (_FOLLOW_UP.search(question.strip()) or len(question.strip()) <= FRAGMENT):
            return facts
        prev = turn.facts
        merged = replace(facts, unclear=[dict(u) for u in facts.unclear])
        if merged.unclear and prev.roles:
            _place_like(merged, prev.roles, book)
        if not merged.severity and not merged.consequence and (prev.severity or prev.consequence):
            merged.severity, merged.consequence = prev.severity, prev.consequence
            merged.accident = merged.accident or prev.accident
        if not merged.roles and not merged.unclear and prev.roles and (merged.severity or merged.consequence):
            merged.roles = list(prev.roles)
        if merged.severity and merged.severity != prev.severity and merged.consequence == prev.consequence \
                and not facts.consequence:
            merged.consequence = None      # 一般事故's consequence does not carry over to 重大事故
        return merged

    def chosen(self, key: str | None, question: str) -> str | None:
        """The question an option of the previous answer asks, when this reply is its number and
        that answer asked which document was meant (`WHICH_DOCUMENT`: its options are questions,
        pressed or typed as they are; a number stands for one only here)."""
        turn = self._last(key)
        text = question.strip()
        if turn is None or turn.missing is None or turn.missing.field != WHICH_DOCUMENT or not text.isdigit():
            return None
        options = turn.missing.options
        return options[int(text) - 1]["value"] if 1 <= int(text) <= len(options) else None

    def remember(self, key: str | None, facts: Facts, missing: Missing | None) -> None:
        if key is None or (facts.empty() and missing is None):
            return
        self._save(key, Turn(facts, missing, time.time()))

    def forget(self, key: str) -> None:
        self._drop(key)

    def forget_all(self, belongs) -> int:  # noqa: ANN001 - a predicate on conversation keys
        """Forget every conversation whose key `belongs` (one user's, in every chat: /forget)."""
        with self._lock:
            keys = [k for k in self._turns if belongs(k)]
            for k in keys:
                del self._turns[k]
        return len(keys)


def _answer_missing(turn: Turn, question: str, facts: Facts) -> Facts | None:
    """The previous facts with the asked-for field filled in, when the question answers it."""
    missing, text = turn.missing, question.strip()
    assert missing is not None
    if missing.field == WHICH_DOCUMENT:
        return None                  # no fact: its options are questions of their own (`chosen`)
    value: str | None = None
    if text.isdigit() and 1 <= int(text) <= len(missing.options):
        value = missing.options[int(text) - 1]["value"]
    else:
        for opt in sorted(missing.options, key=lambda o: (-len(o["label"]), -len(o["value"]))):
            if opt["value"] in text or opt["label"] in text:
                value = opt["value"]
                break
    if value is None and missing.field == "consequence" and len(text) <= SHORT:
        value = "none" if _NO.search(text) else ("general_major" if _YES.search(text) else None)
    if value is None and missing.field == "severity" and facts.severity:
        value = facts.severity
    if value is None:
        return None
    merged = replace(turn.facts, roles=list(turn.facts.roles or facts.roles),
                     unclear=[dict(u) for u in turn.facts.unclear])
    if missing.field == "role":
        # the official that was asked about is the first unclear one; the rest wait their turn
        if merged.unclear:
            merged.unclear.pop(0)
        if value not in merged.roles:
            merged.roles.append(value)
        return merged
    setattr(merged, missing.field, value)
    if missing.field == "severity":
        merged.accident = True
    return merged


def _place_like(facts: Facts, previous: list[str], book: RuleBook | None) -> None:
    """Resolve each unclear official whose readings include one at the level of an official of
    the previous question: "那分管副主任呢？" after a question about the 街道书记 is the 街道's."""
    if book is None:
        return
    voc = book.vocabulary
    levels = {level_of(r, voc) for r in previous} - {None}
    keep = []
    for u in facts.unclear:
        same = [r for r in u["roles"] if level_of(r, voc) in levels]
        if len(same) == 1:
            if same[0] not in facts.roles:
                facts.roles.append(same[0])
        else:
            keep.append(u)
    facts.unclear = keep
