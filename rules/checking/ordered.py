"""Whether parts stand in a text in a given order, each after the end of the one before.

Several readings ask it (bodies said in the text's order, an act's words in the sentence that
grants it); one copy keeps them reading order the same way.
"""
from __future__ import annotations


def in_order(parts: list[str], text: str) -> bool:
    """Each part found in `text` after the end of the part before it."""
    at = 0
    for part in parts:
        at = text.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True
