"""The checker as the reading tests call it: one rule book and the shipped sources, loaded once,
and a reading tested both ways (the true sentence passes, the changed one fails)."""
from __future__ import annotations

from functools import lru_cache, partial
from pathlib import Path

from bot.core.sources import shipped_sources, with_documents
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


DATA = Path(__file__).parent.parent / "data"


@lru_cache(maxsize=None)
def ingested(name: str) -> SourceSet:
    """The shipped sources with one fictional regulation of tests/data (its file's stem) added, as
    after `wenze ingest` of it; built once per test process, whichever file asks."""
    return with_documents([DATA / f"{name}.md"])


def on(name: str):
    """`both_ways` on that regulation, a wrong twin required to have an unsupported sentence."""
    return partial(both_ways, sources=ingested(name), unsupported=True)
