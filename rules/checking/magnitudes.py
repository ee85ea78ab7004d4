"""The magnitude a figure is scaled by: 698万元 is not 698亿元.

The support test compares a sentence's figures as whole numbers, so a draft that keeps the digits
and changes the word that scales them (万 for 亿, none for 万) still finds its "698" in the
passage. A figure is read here with the magnitude word right after it (rules/data/
figure_units.yaml `magnitudes`, or none); where the passage has the same number, at least one of
its occurrences must be scaled alike. A number the passage lacks is the support test's business;
a number the passage gives with several magnitudes accepts any of them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

_DATA = Path(__file__).resolve().parent.parent / "data" / "figure_units.yaml"
_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


@lru_cache(maxsize=1)
def _magnitudes() -> tuple[str, ...]:
    """The magnitude words, longest first."""
    words = yaml.safe_load(_DATA.read_text(encoding="utf-8"))["magnitudes"]
    return tuple(sorted(words, key=len, reverse=True))


def magnitude_after(text: str, end: int) -> str:
    """The magnitude word right after a number ending at `end` ("" for none)."""
    return next((w for w in _magnitudes() if text.startswith(w, end)), "")


def rescaled(sentence: str, text: str) -> list[str]:
    """The figures of the sentence that the passage gives with another magnitude ("698万")."""
    plain = re.sub(r"\s", "", text)
    out = []
    for m in _NUMBER.finditer(sentence):
        mine = magnitude_after(sentence, m.end())
        theirs = {magnitude_after(plain, t.end())
                  for t in re.finditer(rf"(?<![\d.]){re.escape(m.group(0))}(?![\d]|\.\d)", plain)}
        if theirs and mine not in theirs:
            out.append(m.group(0) + mine)
    return out
