"""One predicate said of several members (“以上”“以下”都包括本数) where the text gives it to some and
denies it to others (“以上”包括本数，“以下”不包括本数).

A clause "A、B 都/均/全 P" distributes P over its members. Each member is held to the clause of the
document that names it with P's words: when that clause negates P (不, 没有, 未, 无 just before P's
words) and the sentence does not, or the other way round, the member does not share the predicate.
Members are the quoted terms before 都, else the parts a 、 / 和 / 与 / 及 separates.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare

_ALL = re.compile(r"都|均|全都|全部|一律")
_NEG = re.compile(r"(?:不|没有|没|未|无|非)$")


def _members(head: str) -> list[str]:
    quoted = re.findall(r"[“\"「]([^”\"」]{1,12})[”\"」]", head)
    if len(quoted) >= 2:
        return quoted
    tail = re.split(r"[，,：:]", head)[-1]
    parts = [bare(p) for p in re.split(r"、|和|与|及|以及", tail)]
    return [p for p in parts if len(p) >= 2] if len(parts) >= 2 else []


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    texts = [p.text for p in (passages or whole)]
    for clause in re.split(r"[，,；;。]", sentence):
        m = _ALL.search(clause)
        if not m:
            continue
        members = _members(clause[:m.start()])
        pred = bare(clause[m.end():])
        negated = bool(re.match(r"不|没有|没|未|无", pred))
        core = re.sub(r"^(?:不|没有|没|未|无)", "", pred)[:4]
        if len(members) < 2 or len(core) < 2:
            continue
        for member in members:
            for text in texts:
                for part in re.split(r"[，,；;。\n]", text):
                    at = part.find(core)
                    if member not in part or at < 0 or part.find(member) > at:
                        continue
                    if bool(_NEG.search(part[:at])) != negated:
                        return [f"原文对“{member}”说的是“{bare(part)}”，不是都{pred}"]
    return []
