"""Branch `wsz4`: right drafts of four regulations, each mutated by hand with one subtle error
(tests/rules/wsz4_mutations.py). Every right draft must pass and every mutation be flagged; the
mutations the checker still passes are strict xfails (the list only shrinks)."""
from __future__ import annotations

import pytest

from tests.rules.checking import SOURCES, ingested, verdict
from tests.rules.wsz4_mutations import MUTATIONS

# indexes into MUTATIONS of the wrong sentences the checker still passes
STILL_PASSING: set[int] = {2, 8, 9, 15, 20, 21, 23, 25, 27, 32, 36, 39, 41}


def _sources(reg: str | None):
    return ingested(reg) if reg else SOURCES


@pytest.mark.parametrize("index", range(len(MUTATIONS)), ids=lambda i: f"{i}-{MUTATIONS[i][4]}")
def test_right_draft_passes(index: int) -> None:
    reg, question, right, _, _ = MUTATIONS[index]
    result = verdict(question, right, _sources(reg))
    assert result.passed, result.problems


@pytest.mark.parametrize("index", [
    pytest.param(i, marks=pytest.mark.xfail(strict=True, reason="still passes")) if i in STILL_PASSING else i
    for i in range(len(MUTATIONS))], ids=lambda i: f"{i}-{MUTATIONS[i][4]}")
def test_mutation_is_flagged(index: int) -> None:
    reg, question, _, wrong, _ = MUTATIONS[index]
    assert not verdict(question, wrong, _sources(reg)).passed, wrong
