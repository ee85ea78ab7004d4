"""它 standing for the measure a sentence opens on (branch `r19miss`).

"调离岗位虽然属于…那一档，但因为涉及职务变动，第十一条规定它跟免职一样，程序按照中办发[2009]25号
文件执行": the sentence's topic (调离岗位) is taken up again by 它 after clauses of its own, and the
claim is said of 它. The readers of the rule data pair a measure with the predicate in its own
stretch, so they judged the procedure of 免职 only (named beside 它) and passed the sentence.
Read here: a 它 / 其 after the sentence's first measure, in a later clause, is that measure; the
sentence from 它 on, with the measure's words put in its place, is the claim the sentence makes of
it, and it is judged as a sentence of its own (the checker's judge). Only a claim the judge
contradicts fails the sentence. No word of any regulation is read here: the measures are the
rule data's marks.
"""
from __future__ import annotations

import re

from ..schema import RuleBook
from . import claims as C

_IT = re.compile(r"(?<![其])(?:它|其)(?=跟|和|与|同|像|也|还|的|是|要|须|应|按|依|适用|属于)")


def may_concern(sentence: str) -> bool:
    return bool(_IT.search(sentence))


def resolved(sentence: str, book: RuleBook) -> str | None:
    """The claim made of the pronoun's antecedent (the sentence's first measure), or None."""
    ms = [m for m in C.marks(sentence, book) if m[2] == "measure"]
    if not ms:
        return None
    start, end, _, _ = ms[0]
    it = next((m for m in _IT.finditer(sentence) if m.start() >= end), None)
    if it is None or not re.search(r"[，,；;]", sentence[end:it.start()]):
        return None               # 它 in the measure's own clause is no taking up again
    return sentence[start:end] + sentence[it.end():]
