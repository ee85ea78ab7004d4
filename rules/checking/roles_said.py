"""Officials named in people's words, written as the regulation's roles before the role–measure
claims are read: "区里分管的副职是停职检查", "区里的常务副区长停职检查". The claims reader scans the
vocabulary's role names; a level and a rank said apart (区里…副职, 街道那边正职) are read by
`rules.titles.mentions`, the reader questions go through, and were left unjudged in a draft, so
"特别重大的话，区里分管的副职是停职检查" (免职 in 第十三条) passed. Each mention that is one role for
certain is written as that role, where the scanner reads no role already.

The roles so written only add contradictions (a measure the role's row does not give): what the
claims reader verifies or asks for (a condition left unsaid) is read from the draft's own words,
as before, so no sentence passes or fails for other reasons than the measure of such a role.

A rank word split by 的 (分管的副职, 分管安全的副职: 分管 + what is in charge of + 的 + 副职 / 领导 /
副手) is the rank 分管副职; it is joined first so that `mentions` reads it after its level."""
from __future__ import annotations

import re

from ..schema import RuleBook
from ..titles import mentions
from .acting_body import acts_on
from .claims import Verdict, marks, role_measures

_SPLIT_RANK = re.compile(r"分管(?:[\u4e00-\u9fff]{1,4})?的(?:副职|副手)")


def spelled(sentence: str, book: RuleBook) -> str:
    """The sentence with each certain mention of an official written as the regulation's role."""
    joined = _SPLIT_RANK.sub("分管副职", sentence)
    read = [(s, e) for s, e, cat, _ in marks(joined, book) if cat == "role"]
    out = joined
    for m in sorted(mentions(joined, book.vocabulary), key=lambda m: -m.start):
        if len(m.roles) != 1 or m.level is None or m.rank is None or acts_on(m.said):
            continue                    # (oldsz) 区政府…对有关分管副职: the actor's level (acting_body.py)
        # (a mention's start is its rank word's; what it said ends at or after it)
        start = joined.rfind(m.said, 0, m.start + len(m.said))
        end = start + len(m.said)
        if start < 0 or start > m.start or any(s < end and start < e for s, e in read):
            continue
        out = out[:start] + m.roles[0] + out[end:]
    return out


def misassigned(sentence: str, book: RuleBook, severity: str | None, consequence: str | None) -> list[Verdict]:
    """The role–measure contradictions the sentence makes once its officials are written as the
    regulation's roles, beyond those read from its own words."""
    if not any(cat == "measure" for *_, cat, _ in marks(sentence, book)):
        return []                       # no measure, no role–measure claim to read
    written = spelled(sentence, book)
    if written == sentence:
        return []
    had = {v.message for v in role_measures(sentence, book, severity, consequence, True)}
    return [v for v in role_measures(written, book, severity, consequence, True) if not v.ok and v.message not in had]
