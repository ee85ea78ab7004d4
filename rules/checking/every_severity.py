"""A claim said of every accident, whatever its severity: "规定对所有公共安全责任事故都统一由市委、
市政府在24小时内召开现场会处理". The convening and role–measure readers judge a claim under the
severity the sentence or its context names; with none named (所有事故), they had no row to read,
and the support test found every word in 第十三条, so a rule of two severities passed as a rule of
all of them.

A quantifier of all over accidents (所有 / 一切 / 任何 / 各级 / 各类 … 事故, 不论 / 无论 / 不管 …
大小 / 等级 / 级别) with no severity named says the claim holds under each severity; it is then
judged under each severity the rule data has (the rows' severities, in their order), and any
contradiction under one of them is the sentence's. A universal that is denied (不是所有事故, 并非
一切事故) says the opposite and is left to the other readers."""
from __future__ import annotations

import re

from ..schema import RuleBook
from . import claims as C

_EVERY = re.compile(r"(?:所有|一切|任何|全部|各级|各类|各种|每一?起|凡是?)(?:的)?(?:等级|级别)?(?:的)?(?:公共安全)?(?:责任)?事故"
                    r"|(?:不论|无论|不管|不分)(?:是)?(?:什么|哪一?|多)?(?:事故)?(?:的)?(?:大小|等级|级别|轻重|严重程度|级|大)")
_DENIED = re.compile(r"(?:不是|并非|并不是|不)$")


def _severities(book: RuleBook) -> list[str]:
    reg = book.regulation
    out = [s for r in reg.convening for s in r.severities]
    out += [r.severity for r in reg.accident_decisions]
    return list(dict.fromkeys(out))


def contradicted(sentence: str, book: RuleBook, consequence: str | None, role_measures) -> list[C.Verdict]:
    """The contradictions of a claim said of every severity, read under each; [] when the sentence
    says nothing of all accidents, or names a severity."""
    m = _EVERY.search(sentence)
    if m is None or _DENIED.search(sentence[max(0, m.start() - 3):m.start()]) or C.severities_in(sentence, book):
        return []
    out: list[C.Verdict] = []
    for sev in _severities(book):
        out += [v for v in C.convening(sentence, book, sev) if not v.ok]
        out += [v for v in role_measures(sentence, book, sev, consequence, True) if not v.ok]
    seen: set[str] = set()
    return [v for v in out if not (v.message in seen or seen.add(v.message))]
