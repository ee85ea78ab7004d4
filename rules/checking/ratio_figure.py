"""A ratio is one figure, not two numbers: "配备比例不得低于1:5" where the text says 1:4.

The figure reader takes 1:5 as the numbers 1 and 5, and an article that has a 5 anywhere (a fifth
item, 125克) lends it; so a ratio said without its article passed when only one of its terms was
changed. A ratio of the sentence (a:b, a：b, a∶b or a比b between digits) is held only when the
passage states the same pair in the same order in any of these forms. A clock time written with a
colon (8:30) is the same shape: the passage's 8时30分 (or 8时 for 8:00) holds it.
"""
from __future__ import annotations

import re

_RATIO = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*[:：∶比]\s*(\d+(?:\.\d+)?)(?![\d.])")


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(m.group(1), m.group(2)) for m in _RATIO.finditer(text)}


def _as_time(a: str, b: str, text: str) -> bool:
    """8:30 held by 8时30分, 8:00 by 8时 (a clock time, not a ratio)."""
    if "." in a or "." in b:
        return False
    minute = rf"{int(b)}分" if int(b) else ""
    return bool(re.search(rf"(?<!\d){int(a)}(?:时|点){minute}", text))


def unheld(sentence: str, text: str) -> list[str]:
    """The ratios of the sentence the passage text does not state (as a:b)."""
    theirs = _pairs(text)
    return [f"{a}:{b}" for a, b in dict.fromkeys((m.group(1), m.group(2)) for m in _RATIO.finditer(sentence))
            if (a, b) not in theirs and not _as_time(a, b, text)]
