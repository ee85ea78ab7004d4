"""A condition said to be enough: "只要被追究单位已经完成整改，就可以申请提前移出" where the text
says "…满3个月，被追究单位已完成整改且未再被追究的，可以…申请提前移出".

Why: 只要A（，）就B says that A alone brings B. A regulation attaches B to a condition of joined
parts (A且C的, A，并且C的, A、C的 in one 的-clause); a draft that restates some of those parts under
只要 and leaves another out says B follows without it: the part left out is what the text also
requires. The support test cannot see it, since every word the draft does say is in the text.

Read here, from any regulation's shape: the text's sentences "condition的，consequence"; the one
whose consequence the draft's 就-part restates (most of its word pairs); its condition cut into
parts at 且 / 并且 / 而且 / 同时 / commas. When the draft's condition (what it says before 就,
只要-part included) restates at least one part, every other part must be restated too (most of
its pairs, with its negation when it has one: 未再被追究 is not restated by 被追究); else the
sentence leaves out a condition. A 只要 whose condition restates no part (只要有其中一项) is left to
the readings before.
"""
from __future__ import annotations

import re

from .sources import bare, bigrams

_ENOUGH = re.compile(r"只要(?P<cond>[^。；;？?]+?)[，,]?(?:就|便|即|都)(?P<then>[^。；;？?]+)")
_STATEMENT = re.compile(r"(?P<cond>[^。；;：:]+?)的[，,](?P<cons>[^。；;]+)")
_JOIN = re.compile(r"并且|而且|同时|且|[，,]")
_NEG = re.compile(r"[不未没无非]")
SAME = 0.6                # share of pairs by which one side restates another


def _share(part: str, text: str) -> float:
    mine = bigrams(bare(part))
    return len(mine & bigrams(bare(text))) / len(mine) if mine else 0.0


def _restated(part: str, said: str) -> bool:
    return _share(part, said) >= SAME and (not _NEG.search(part) or bool(_NEG.search(said)))


def problem(sentence: str, texts: list[str]) -> str:
    """Why the sentence leaves out a condition of the text (略去了原文的条件…), else ""."""
    m = _ENOUGH.search(sentence)
    if m is None:
        return ""
    said = sentence[:m.start("then")]
    best, cond = 0.0, ""
    for t in texts:
        for s in _STATEMENT.finditer(t):
            here = _share(m.group("then"), s.group("cons"))
            if here > best:
                best, cond = here, s.group("cond")
    if best < SAME:
        return ""
    parts = [p for p in _JOIN.split(cond) if len(bare(p)) >= 2]
    if len(parts) < 2 or not any(_restated(p, said) for p in parts):
        return ""
    left = [p for p in parts if not _restated(p, said)]
    return f"略去了原文的条件“{left[0]}”。" if left else ""
