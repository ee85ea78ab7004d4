"""Words moved across the next figure of one statement: "一年内被认定弄虚作假两次及以上" for "一年内
两次以上被认定弄虚作假的".

`support.mispaired` holds the words beside each figure of a sentence to the words the passage
sets beside the same figure, and reads words the passage sets beside another figure as a swap
(43家成立了机构 where 42家 did). A sentence that keeps the passage's figures in their order and
only says a figure's words before it instead of after it puts those words between that figure
and the one before it: beside the neighbour they belong to, and beside another too. That is no
swap when the two figures are next to each other, in that order, in one sentence of the passage
and the words are the neighbour's there; a swap (43家成立了机构，42家明确了… for 42家成立了机构，
43家明确了…) puts the two figures in the other order.
"""
from __future__ import annotations

import re

from .sources import bigrams

_FIG = re.compile(r"\d+(?:\.\d+)?")


def _ordered(plain: str) -> list[tuple[str, str | None, str, str]]:
    """(figure, the figure after it in its sentence, the words before it, the words after it)."""
    out = []
    for part in re.split(r"[。；;\n]", plain):
        ms = list(_FIG.finditer(part))
        for i, m in enumerate(ms):
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            head = part[ms[i - 1].end():m.start()] if i else part[:m.start()]
            out.append((m.group(0), nxt.group(0) if nxt else None, head, part[m.end():nxt.start() if nxt else len(part)]))
    return out


def moved_across(fig: str, neighbour: str | None, side: int, pairs: set[str], plain: str, share: float) -> bool:
    """True when the words (`pairs`) a sentence says after `fig` (side 1; before it: side 0),
    with `neighbour` the figure on that side, are the words the passage (`plain`, squashed) says
    on the far side of that neighbour, the two figures next to each other in the passage in the
    sentence's order (at least `share` of the pairs found there)."""
    if neighbour is None or not pairs:
        return False
    first, second = (fig, neighbour) if side == 1 else (neighbour, fig)
    slots = _ordered(plain)
    for i, (f, nxt, _, _) in enumerate(slots):
        if f != first or nxt != second or i + 1 >= len(slots):
            continue
        # the far side of the neighbour: after the second figure, or before the first one
        far = slots[i + 1][3] if side == 1 else slots[i][2]
        if len(pairs & bigrams(far)) / len(pairs) >= share:
            return True
    return False
