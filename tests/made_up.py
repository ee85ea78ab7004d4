"""Helpers for the question-reading tests written over regulations made up for them (tests/data)."""
from __future__ import annotations

import re

from bot.core.asked import asked_clauses, unaddressed


def article_of(text: str, n: int) -> str:
    """Article `n` of a made-up regulation, as the index holds it (its lines up to the next one)."""
    m = re.search(rf"^第{n}条.*?(?=^第{n + 1}条|\Z)", text, re.S | re.M)
    assert m, n
    return m.group(0)


def addressed(question: str, texts: list[str], scene: list[str] = ()) -> bool:
    """Whether the passages give every thing the question asks."""
    return not unaddressed(asked_clauses(question, list(scene)), texts)
