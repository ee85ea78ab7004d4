"""A provision applied by reference said to apply directly: "…的过错责任追究，直接适用本办法" where
the text says "…的过错责任追究，参照本办法执行".

Regulations reach beyond their own scope by reference: 参照 / 比照 本办法（执行）says the other
body's staff are handled after the regulation's pattern, adapted, not under it. A sentence that
restates such a clause with 适用 / 直接适用 / 按本办法执行 keeps every other word of it, so the
support test, weighing the sentence whole, let the other rule through; the two verbs are short and
no term of the vocabulary.

Read here: a clause of the passages whose predicate is 参照 / 比照 + the regulation (本办法, 本规定,
本条例, 本细则) is taken with its subject (what stands before the predicate); a clause of the sentence
whose subject restates it (most of its character pairs, or a part of it and little else) and whose predicate applies the regulation
without 参照 / 比照 / 参考 says another thing.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare, bigrams

_SELF = r"本(?:办法|规定|条例|细则|法|实施办法|暂行规定|暂行办法)"
_BY_REF = re.compile(rf"(?:参照|比照)(?:执行|适用)?{_SELF}")
# the regulation applied as itself: 适用本办法, 直接适用本办法, 本办法直接适用, 按照本办法执行/追究
_DIRECT = re.compile(rf"(?:直接|完全|同样)?适用(?:于)?{_SELF}|{_SELF}(?:直接|同样|也)?适用|"
                     rf"(?:直接)?(?:按照?|依照|依据)?{_SELF}(?:的规定)?(?:执行|追究|处理|办理)")
_REFERRED = re.compile(r"参照|比照|参考|类推")
_CLAUSES = re.compile(r"[。；;\n]")
SUBJECT_SHARE = 0.7      # the sentence clause's subject restates the passage clause's
MIN_PART, PART_SHARE = 8, 0.8   # or says a part of it (8 pairs or more) and little else


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    if not passages or not re.search(_SELF, sentence) or _REFERRED.search(sentence):
        return []
    mine = [c for c in _CLAUSES.split(sentence) if _DIRECT.search(c)]
    if not mine:
        return []
    for p in passages:
        if not _BY_REF.search(p.text):
            continue
        for theirs in _CLAUSES.split(p.text):
            m = _BY_REF.search(theirs)
            if m is None:
                continue
            subject = bigrams(theirs[:m.start()])
            if len(subject) < 6:
                continue
            for clause in mine:
                d = _DIRECT.search(clause)
                said = bigrams(clause[:d.start()])
                shared = len(said & subject)
                # (the sentence may say the whole subject, or a part of it and nothing else)
                if said and (shared / len(subject) >= SUBJECT_SHARE or shared >= MIN_PART and shared / len(said) >= PART_SHARE):
                    return [f"“{bare(d.group(0))}”：{p.label}说的是“{bare(m.group(0))}”（{theirs.strip()}），"
                            f"是参照执行，不是直接适用"]
    return []
