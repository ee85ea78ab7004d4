"""A scope said after the words that lead into it: "适用于市委、市政府领导班子成员，…". The scope reader
(`relations.scope`) holds a group listed as covered to the rule data's scope rows, and finds a row
with words taken out of its middle (市委、市政府 for 市委、市政府工作部门) after 指 / 是 / 包括; after
适用于 or 对象是 it read nothing, since those words are not the group's. They are taken off here
and the same reading is asked of what follows them, clause by clause."""
from __future__ import annotations

import re

from ..schema import RuleBook
from .claims import Verdict
from .relations import _shortened_row

_LEAD = re.compile(r"^(?:(?:本|这个|该|此|这部|这份)?规定|这个|它)?(?:的)?(?:适用于|适用的?(?:对象|范围|人员)?(?:是|为|包括|有)|(?:问责|适用)?对象(?:是|为|包括|有)|"
                   r"范围(?:是|为|包括)|针对的?是?|管的?是|覆盖|面向)")


def shortened(sentence: str, book: RuleBook) -> list[Verdict]:
    rows = book.regulation.scope
    if not rows:
        return []
    out = []
    for clause in re.split(r"[，,；;。]", sentence):
        m = _LEAD.match(clause.strip())
        if m is None:
            continue
        cut = _shortened_row(clause.strip()[m.end():], rows)
        if cut:
            out.append(Verdict(False, f"{rows[0].source.article_label}所称的是{cut[0].covers}（不是“{cut[1]}”）。"))
    return out
