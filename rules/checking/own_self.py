"""X本身的Y: Y of X itself, as against Y of what X has under it ("市委、市政府本身的领导" beside
"市委、市政府工作部门领导班子成员").

本身 sets X apart from the bodies under it. A text has "X本身的Y" when it says X's Y with nothing
between them (X的Y, XY), or joins X to another with a coordinator before Y (X及其工作部门领导:
X's own leaders are among them). X in the text only ever followed by another noun before Y
(X工作部门Y) is Y of something under X, not of X itself: the thing is absent. When the text never
names X this reader does not decide (the thing's other readings do).
"""
from __future__ import annotations

import re

from .sources import bare

_ITSELF = re.compile(r"^(?P<x>.{2,}?)本身的?(?P<y>.{2,})$")
_JOINED = re.compile(r"及其|以及|及|和|与|或者|或")
_CLAUSES = re.compile(r"[^，,；;。：:\n]+")


def present(thing: str, texts: list[str]) -> bool | None:
    """True: X's own Y is in a text (or X is joined to another before Y); False: X is there before
    Y only with other nouns between (X工作部门Y); None: not this construction, or no clause of the
    texts has X before Y."""
    m = _ITSELF.match(bare(thing))
    if m is None:
        return None
    x = "、?".join(map(re.escape, m.group("x")))       # 市委市政府 in 市委、市政府
    y = m.group("y")
    seen = False
    for t in texts:
        t = re.sub(r"[（(][^）)]*[）)]|\s", "", t)      # 区（包括管理区，下同）党委: the gloss is no part
        for clause in _CLAUSES.findall(t):
            for k in re.finditer(x, clause):
                at = clause.find(y, k.end())
                if at < 0:
                    continue
                seen = True
                between = clause[k.end():at]
                if between in ("", "的") or _JOINED.search(between):
                    return True
    return False if seen else None
