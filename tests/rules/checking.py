"""The checker as the reading tests call it: one rule book and the shipped sources, loaded once,
and a reading tested both ways (the true sentence passes, the changed one fails)."""
from __future__ import annotations

from bot.core.sources import shipped_sources
from rules.checker import CheckResult, check
from rules.checking.sources import SourceSet
from rules.schema import RuleBook

BOOK = RuleBook()
SOURCES = shipped_sources()


def verdict(question: str, draft: str, sources: SourceSet = SOURCES) -> CheckResult:
    return check(question, draft, BOOK, sources=sources)


def both_ways(question: str, right: str, wrong: str, sources: SourceSet = SOURCES,
              unsupported: bool = False) -> None:
    """A reading tested both ways: the true sentence passes, the changed one fails (with a
    sentence judged unsupported, when `unsupported`)."""
    ok = verdict(question, right, sources)
    assert ok.passed, ok.problems
    bad = verdict(question, wrong, sources)
    assert not bad.passed, wrong
    assert not unsupported or any(s.verdict == "unsupported" for s in bad.sentences), wrong
