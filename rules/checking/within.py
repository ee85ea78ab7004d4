"""An absence said of the list the sentence has just given: "未造成…的，第十条给出的方式是训诫、
责令作出书面检查、通报批评、调离现工作岗位，其中没有引咎辞职". 其中 (里面, 当中, 这里面) points back
at that list, not at the article: 引咎辞职 is in 第十条, but not among the four just named. Read
against the article, the absence was wrong; read against the list, it is true exactly when the
item is not in it. The list itself is left to the other readers (the measure sets hold it to the
rule data). Only a list that is a whole group the rule data knows is read so: a part of a
group ("训诫、责令作出书面检查、通报批评，其中没有责令公开道歉") is left to the other readers."""
from __future__ import annotations

import re

from ..schema import RuleBook
from . import claims as C

_WITHIN = re.compile(r"[，,；;]\s*(?:而)?(?:其中|这里面|这其中|里面|当中|这当中)(?:并)?(?:没有|不包括|不包含|不含|并无|无)"
                     r"(?P<x>[^，,。；;]{2,30}?)(?=[，,。；;]|$)")


def within(sentence: str, book: RuleBook) -> tuple[str, str | None]:
    """(the sentence without an absence from its own list, None) when every term the absence
    names is of the list's kind and not in it; (sentence, why) when one is in it; else the
    sentence unchanged and None."""
    m = _WITHIN.search(sentence)
    if m is None:
        return sentence, None
    said = C.marks(m.group("x"), book)
    kinds = {cat for *_, cat, _ in said}
    if not said or len(kinds) != 1 or kinds & {"severity", "consequence"}:
        return sentence, None
    kind = kinds.pop()
    listed = {c for *_, cat, c in C.marks(sentence[:m.start()], book) if cat == kind}
    if len(listed) < 2:
        return sentence, None             # no list before it: 其中 points elsewhere
    if kind != "measure" or listed not in _groups(book):
        return sentence, None             # only a whole group the rule data knows is a list to look in
    rest = C._BODIES.sub("", m.group("x"))
    for a, b, *_ in sorted(C.marks(rest, book), reverse=True):
        rest = rest[:a] + rest[b:]
    if re.sub(r"[、和与及或也都\s]", "", rest):
        return sentence, None             # the absence says more than the terms it names
    inside = [c for *_, c in said if c in listed]
    if inside:
        return sentence, f"这句话前面列出的就有{'、'.join(inside)}，不能说其中没有。"
    return sentence[:m.start()] + sentence[m.end():], None


def _groups(book: RuleBook) -> list[set[str]]:
    """The groups of measures the rule data gives whole: the sets of 第十条, the combinable ones,
    each procedure's. A list said in a sentence is one of them or a part, which 其中 cannot close."""
    reg = book.regulation
    return [set(s.measures) for s in reg.measure_sets] + [set(reg.combinable.measures)] + \
        [set(p.measures) for p in reg.procedures]
