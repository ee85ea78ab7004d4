"""A correction of the measure the question asks about ("不是免职，而是责令公开道歉"): the answer
denies one measure and claims another, and leaves out whom it is said of. Read whole, the
negation seemed to deny the article's own words; written out with the question's officials it is
two role–measure claims, each judged against the rule data (the denied measure must not be the
official's, the claimed one must be).
"""
from __future__ import annotations

import re

from ..schema import RuleBook
from . import claims as C

# 不是X，而是Y / 并非X，是Y / 不会被X，而是被Y: X and Y each a measure, nothing else in between
_CORRECTION = re.compile(r"(?:并?不是|并非|不会被?|不会是)(?P<no>[^，,；;。]{2,12})[，,]\s*(?:而|却)?(?:是|会)?(?:被)?(?P<yes>[^，,；;。]{2,12})")


def _only_measures(clause: str, book: RuleBook) -> bool:
    """The clause is made of measures (and the 、/和 between them), nothing else."""
    ms = [(s, e) for s, e, cat, _ in C.marks(clause, book) if cat == "measure"]
    rest = clause
    for s, e in sorted(ms, reverse=True):
        rest = rest[:s] + rest[e:]
    return bool(ms) and not re.sub(r"[、和或及与\s]", "", rest)


def corrected(sentence: str, roles: list[str], book: RuleBook) -> str:
    """The sentence with the question's officials written in before a correction of measures
    that names no official, so that role_measures judges both halves; else the sentence."""
    m = _CORRECTION.search(sentence) if roles else None
    if m is None or any(cat == "role" for *_, cat, _ in C.marks(sentence, book)) or \
            not (_only_measures(m.group("no"), book) and _only_measures(m.group("yes"), book)):
        return sentence
    return sentence[:m.start()] + "对" + "、".join(roles) + sentence[m.start():]
