"""An example's indefinite (比如一名干部被训诫) is no figure (branch szalarm).

Chinese introduces a hypothetical case with 一 and a classifier: 比如一名干部, 假如一个街道主任,
如果一位副职. There 一名 is the indefinite article ("a cadre"), not a count the passage must
have. Only that construction is read: the classifier of a person or a case right after an
example or condition marker of the same clause (some words may come between: 比如说某区的一名干部).
Any other count, and any figure but 一 (比如两名干部), stays a figure held to the passage.
"""
from __future__ import annotations

import re

# an example or condition marker, then (within the clause) 一 + a classifier of a person or case
_EXAMPLE = re.compile(r"(?P<lead>(?:比如说?|例如|譬如|假如|假设|如果|若是|要是)[^，,。；;：:一]{0,8}?)"
                      r"一(?:名|个|位|起)(?=[\u4e00-\u9fff])")


def unnumbered(text: str) -> str:
    """The text with an example's indefinite 一名 / 一个 / 一位 / 一起 set aside (the marker kept)."""
    return _EXAMPLE.sub(lambda m: m.group("lead") + " ", text)
