"""A negated verb of duty inside a situation: "市政府所属各部门有不履行或不正确履行财经职责7种情形之一的".

The conductor reader (`relations.conductors`) reads "X不履行…职责" as a claim that a body takes no
part in accountability. When the negation follows 有 (X *has* the situation of not fulfilling) or
the clause is a condition closed by 的 (…之一的，追究…), it names what the officials did wrong, the
case a rule applies to, and says nothing of who takes part; "纪检监察机关不履行本规定中的职责"
stays a claim about the body.
"""
from __future__ import annotations

import re

_HAS = re.compile(r"(?:有|存在|出现)$")


def situation(clause: str, at: int) -> bool:
    """True when the negated verb at `at` of `clause` is part of a situation, not a predicate."""
    return bool(_HAS.search(clause[:at])) or bool(re.search(r"的\s*$", clause)) and "情形" in clause
