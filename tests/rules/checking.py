"""The checker as the reading tests call it: one rule book and the shipped sources, loaded once,
and a reading tested both ways (the true sentence passes, the changed one fails)."""
from __future__ import annotations

from bot.core.sources import shipped_sources
from rules.checker import CheckResult, check
from rules.schema import RuleBook

BOOK = RuleBook()
SOURCES = shipped_sources()


def verdict(question: str, draft: str) -> CheckResult:
    return check(question, draft, BOOK, sources=SOURCES)


def both_ways(question: str, right: str, wrong: str) -> None:
    """A reading tested both ways: the true sentence passes, the changed one fails."""
    ok = verdict(question, right)
    assert ok.passed, ok.problems
    assert not verdict(question, wrong).passed, wrong
