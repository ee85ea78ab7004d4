"""A defined term said not to include what its definition names: "渣土，是指…的弃土、弃料和其他废弃物，
不包括房屋装饰装修产生的垃圾" where the text defines 渣土 as "…拆除各类建筑物、构筑物、管网以及房屋
装饰装修过程中产生的弃土…" (branch heldmiss2).

Why: the support test reads the sentence's words in the definition, and the denied member's words
are there too (the definition names them), so the denial passed with the rest. A definition closes
what a term covers; a member the definition names cannot be outside it.

Read: a sentence that speaks of a term the document defines (X，是指D / 所称X …), and a clause of it
that denies a member (不包括Y / 不包含Y / 不含Y / Y除外 / Y不算在内). When Y shares a run of four
characters or more with a definition of X, or most of its character pairs (之 / 的 / spaces set
aside: 拆除管网产生弃料 in "拆除…管网…产生的弃土、弃料"), and that definition does not
itself leave the member out (its own 不包括 / 除外), the sentence denies what the text includes. Runs and
pairs that only repeat the term are not counted (私营企业 is not named by 燃气经营企业's definition for
sharing 企业 with it). A term the document does not define, or a member the definition does not name,
decides nothing.
"""
from __future__ import annotations

import re

from .definition_swap import _definitions
from .sources import SourceText

_DENIED = re.compile(r"(?:但|而|并|也)?(?:不包括|不包含|不含|不涵盖)([^，,。；;]{2,30})|([^，,。；;]{2,30}?)(?:除外|不算在内|不在其内)")
_OWN_EXCLUSION = re.compile(r"不包括|不包含|不含|除外")
RUN = 4
SHARE = 0.6            # or this share of the member's character pairs in the definition


def _run(a: str, b: str, term: str = "") -> int:
    """The longest run of characters `a` shares with `b` that is not a piece of `term`."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            if a[i:j] not in term:
                best = j - i
    return best


def may_concern(text: str) -> bool:
    return bool(re.search(r"不包括|不包含|不含|不涵盖|除外|不算在内|不在其内", text))


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    defs = _definitions(passages)
    terms = [t for t in sorted(defs, key=len, reverse=True) if len(t) >= 2 and t in sentence]
    if not terms:
        return []
    term = terms[0]
    plain = lambda s: re.sub(r"[的之\s“”「」]", "", s)    # noqa: E731
    for m in _DENIED.finditer(sentence[sentence.find(term) + len(term):]):
        member = plain(m.group(1) or m.group(2))
        for d in defs[term]:
            if _OWN_EXCLUSION.search(d):
                continue
            # the member's own words: pairs and runs that only repeat the term (私营企业 beside
            # 燃气经营企业) do not show that the definition names the member
            pairs = {member[i:i + 2] for i in range(len(member) - 1)} - {term[i:i + 2] for i in range(len(term) - 1)}
            shared = len(pairs & {plain(d)[i:i + 2] for i in range(len(plain(d)) - 1)})
            if _run(member, plain(d), term) >= RUN or len(pairs) >= 3 and shared / len(pairs) >= SHARE:
                return [f"原文“{term}”是指{d[:40]}，包括“{member}”所说的内容"]
    return []
