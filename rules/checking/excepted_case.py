"""A proviso that excepts a case from the statement before it: "…不适用本办法；但是，观光船舶兼营渡运的
除外" (branch g20alarm).

The text splits such a sentence at its semicolon into two statements: the rule (不适用本办法) and
the proviso (但是，…的除外). A draft that restates the excepted case and gives it the opposite of the
rule ("但是观光船舶兼营渡运的，就要适用") says what the proviso means, yet its short clause, held to
the rule, read as a contradiction of it. Read here: the statement a proviso statement excepts from
(the one just before it in the same article), so that a clause following the proviso's restatement
is held to that rule with its polarity turned.
"""
from __future__ import annotations

import re

_PROVISO = re.compile(r"^(?:但是|但)[，,]?.{2,60}?的?除外[。；;]?$")


def excepted(unit, everything: list):
    """The statement a proviso statement (但是，…的除外) excepts its case from: the one just before it
    in the same article; None when `unit` is no such proviso."""
    if unit is None or not _PROVISO.match(unit.text):
        return None
    i = next((k for k, u in enumerate(everything) if u is unit), None)
    if not i:
        return None
    prior = everything[i - 1]
    return prior if prior.article == unit.article else None
