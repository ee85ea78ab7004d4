"""What an exception applies to must be said for a clause to restate it: "前款规定的方式可以单独适用，
也可以合并适用，但是第（四）项与第（五）项不得合并适用". A clause "不得合并适用" matched the exception's
part by its words, and its negation was held to the exception's: "只能单独适用，不得合并适用" of all
the measures passed, though the text lets them be combined and forbids it only for two of them.

An exception's part stands for a clause only when the clause names a subject of its own before its
negation: a reference (第（四）项与第（五）项) or words the rule it excepts from does not have (暂停审核
资格和调离审核岗位两种). "不得合并适用" alone, or "前款的方式不得合并适用" (the rule's own subject),
names none, and is held to the rule (也可以合并适用), which it contradicts.
"""
from __future__ import annotations

import re
from typing import Callable

# an exception's clause: 但是…, 但…, 不过…, 除…, …除外 (as aligned._EXCEPTION reads it)
_EXCEPTION = re.compile(r"^(?:但是|但|除|不过)|除外")
_REFERENCE = re.compile(r"第[（(]?[一二三四五六七八九十\d]+[)）]?[条款项]|[（(][一二三四五六七八九十]+[)）]")
_SPLIT = r"而|并且|但是|但|且|或者"


def unsaid_exceptions(covered: list[str], clause: str, statement: str, clauses: Callable[[str], list[str]],
                      pairs: Callable[[str], set[str]], negation: re.Pattern) -> list[str]:
    """`covered` (the parts of the statement the clause restates) without the parts of an
    exception whose subject the clause does not name; unchanged when that would leave none."""
    own = [c for c in clauses(statement) if _EXCEPTION.search(c.strip())]
    if not own:
        return covered
    parts = {bare for c in own for bare in re.split(_SPLIT, c) if bare.strip()}
    rule = pairs("".join(c for c in clauses(statement) if c not in own))
    neg = negation.search(clause)
    subject = clause[:neg.start()] if neg else clause
    named = bool(_REFERENCE.search(subject)) or len(pairs(subject) - rule) >= 2
    if named:
        return covered
    kept = [c for c in covered if c not in parts]
    return kept or covered
