"""A figure held to the statements of one article that a clause restates equally well (branch
reg5).

`aligned` chooses the statement a clause restates with the figures taken out, so a short clause
(公示期三年) may choose, among statements that share its words, one without its figure (列入名单
的单位在公示期内不得…) over the one that has it (公示期限为三年), and "三年" was called another
statement's figure in a right draft. A figure found in a statement of the same article that the
clause restates about as well (within `RIVAL`), with the same bound, is that statement's figure.
Another article's statements are no rivals: a summary article (本办法有关数额和期限的主要规定如下：
初步核查三十日，可以延长十五日) has every figure beside every word, and a figure moved from one
statement of an article to another (可以延长三十日) still finds no statement that restates the
clause as well.
"""
from __future__ import annotations

import re

from . import aligned as AL

RIVAL = 0.1


def held_elsewhere(clause: str, fig: str, bound: str | None, unit: "AL.Statement", share: float,
                   units: list["AL.Statement"], bodies: list[str]) -> bool:
    """Whether a statement of the unit's article, restated by the clause about as well, has the
    figure (with the clause's bound, when it says one)."""
    if unit.article is None:
        return False
    mine = AL._pairs(AL._stripped(clause, bodies))
    for u in units:
        if u is unit or u.article != unit.article or AL._share(mine, u.grams) < share - RIVAL:
            continue
        found = list(re.finditer(rf"(?<![\d.]){re.escape(fig)}(?![\d])", u.text))
        theirs = {AL._bound(u.text, m.start(), m.end()) for m in found}
        if found and (bound is None or None in theirs or bound in theirs):
            return True
    return False
