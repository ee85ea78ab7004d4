"""Whether a marked term is negated by the words right before it, not counting a negation that
belongs to the mark before it.

"未造成：训诫、责令作出书面检查…" labels a list with its condition: the 未 is the condition's own
(未造成), and the 训诫 that follows the colon is given, not denied. The short window a reader
looks back into for 不/未/没有 must therefore stop where the previous mark ends: a negation
inside another mark's span negates that mark. A negation between the two marks ("未造成的，不给予
免职") is still the measure's own, so nothing is let through that the sentence denies.
"""
from __future__ import annotations

import re
from typing import Sequence


def negated_before(clause: str, start: int, marks: Sequence[tuple], negation: re.Pattern,
                   reach: int = 4) -> bool:
    """True when `negation` occurs in the `reach` characters before `start`, after the end of
    the last mark (start, end, …) that ends at or before `start`."""
    floor = max([0] + [m[1] for m in marks if m[1] <= start])
    return bool(negation.search(clause[max(floor, start - reach):start]))
