"""A member said to be outside a list the text gives with 及其: "区政府工作部门的领导不在第二条的范围内"
where 第二条 says "区…党委（党工委）、政府（管委会）及其工作部门领导班子成员".

Why: "A、B及其Y的C" names A's C, B's C and the C of A's and B's Y. A draft that names B's Y (区政府
工作部门) as excluded has every word in the article, so the support test passed it, and the
list readers cut members at commas and 、, where 政府…及其工作部门 is one member. Read: a clause
that excludes (不在…范围/之内/其中, 不包括, 不属于, 不算, 未列入, 没有列入, 排除在外) a thing; a
clause of the passage with A及其Y; the thing names one of the owners before 及其 (a member between
、, its brackets set aside), the start of what follows 及其 (two characters or more), and nothing
else the clause lacks (each character left is the clause's). Then the text names it.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare

_EXCLUDED = re.compile(r"不在(?:[^，,。；;]{0,10}?(?:范围|之内|以内|之列|其中|其内|内|里|中|名单))?|不包括|不包含|不属于|不算|"
                       r"(?:未|没有|没)(?:被)?(?:列入|纳入|列进|包括|包含)|排除在外")
_CLAUSE = re.compile(r"[^，,；;。：:\n]+")
_AND_ITS = "及其"
_SMALL = re.compile(r"[的之中里内也都并]")


def _owners(before: str) -> list[str]:
    """The owners a 及其 follows: the members of the list before it, their brackets set aside."""
    plain = re.sub(r"[（(][^）)]*[）)]", "", before)
    return [bare(x) for x in re.split(r"[、和与]", plain) if len(bare(x)) >= 2]


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    """Why an excluded thing is in the passage's list through 及其, else []."""
    if not passages or not _EXCLUDED.search(sentence):
        return []
    for c in _CLAUSE.finditer(sentence):
        m = _EXCLUDED.search(c.group(0))
        if m is None:
            continue
        thing = bare(c.group(0)[:m.start()] if m.start() > 0 else c.group(0)[m.end():])
        thing = re.sub(r"第[零一二两三四五六七八九十百\d]+条", "", thing)
        if len(thing) < 4:
            continue
        for p in passages:
            got = through(thing, p.text)
            if got is not None:
                return [f"{p.label}写的是“{got[0]}…”，“{got[1]}”的“{got[2]}”也在其中"]
    return []


def through(thing: str, text: str) -> tuple[str, str, str] | None:
    """Where a text names `thing` through 及其 (政府…及其工作部门 names 区政府工作部门): (the clause
    around 及其, the owner, what follows 及其), else None. Also read by `absence.py`: a thing so
    named is not absent, whatever level another clause names it at."""
    if _AND_ITS not in text or len(thing) < 4:
        return None
    # (a bracket may hold a comma of its own: 区（包括管理区，下同）党委…)
    for clause in _CLAUSE.findall(re.sub(r"[（(][^）)]*[）)]", "", text)):
        at = clause.find(_AND_ITS)
        if at < 0:
            continue
        after = bare(clause[at + len(_AND_ITS):])
        k = 0
        while k < len(after) and after[:k + 1] in thing:
            k += 1
        if k < 2:
            continue
        owner = next((o for o in _owners(clause[:at]) if o[-2:] in thing), None)
        if owner is None:
            continue
        rest = _SMALL.sub("", thing.replace(after[:k], "", 1).replace(owner[-2:], "", 1))
        if rest and all(ch in bare(clause) for ch in rest):
            return clause[max(0, at - 12):at + len(_AND_ITS) + k + 6], owner[-2:], after[:k]
    return None
