"""Who makes the initial decision, said by level only: "重大以上事故和较大事故先由市里或区里作初步问
责". 第十三条 gives the decision to 市委、市政府, 第十四条 to 区委（党工委）、区政府（管委会）; a
sentence may name them by their level (the vocabulary's level words: 市里, 市级, 区里, 区级). Two
groups of severities and two levels joined the same way pair up in order (A和B由X或Y: A by X, B by
Y); one level takes every severity. Each pair is held to the convening row of its severity, so the
levels swapped ("由区里或市里") or one level for all ("都由市里") fail."""
from __future__ import annotations

import re

from ..schema import RuleBook
from .claims import Verdict, severities_in

_JOIN = r"(?:或者|或是|或|和|与|、)"


def _levels(book: RuleBook) -> dict[str, str]:
    """Level word -> its level (市 / 区), the levels that have convening rows only."""
    firsts = {c.body[0] for c in book.regulation.convening}
    return {w: lv for lv, words in book.vocabulary.levels.items() if lv in firsts for w in words}


def judged(sentence: str, book: RuleBook) -> Verdict | None:
    """The verdict on a sentence that is only such a claim, or None when it is not one."""
    words = _levels(book)
    if not words:
        return None
    w = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    m = re.fullmatch(rf"(?P<sevs>[^，,。；;]+?)(?:都|均|先|会)?由(?P<x>{w})(?:{_JOIN}(?P<y>{w}))?(?:分别|各自)?"
                     rf"(?:来)?(?:作出?|做出?|召开现场会并作出?|召开现场会、作出?)(?:初步问责决定|初步问责|现场会)[。；;]?", sentence.strip())
    if m is None:
        return None
    groups = [s for part in re.split(_JOIN, m.group("sevs")) if (s := severities_in(part, book))]
    bodies = [words[m.group("x")]] + ([words[m.group("y")]] if m.group("y") else [])
    if not groups:
        return None
    if len(bodies) == 2:
        if len(groups) != 2:
            return None
        pairs = [(sev, lv) for sevs, lv in zip(groups, bodies) for sev in sevs]
    else:
        pairs = [(sev, bodies[0]) for sevs in groups for sev in sevs]
    for sev, lv in pairs:
        row = next((c for c in book.regulation.convening if sev in c.severities), None)
        if row is None or not row.body.startswith(lv):
            body = row.body if row else "没有规定"
            return Verdict(False, f"{sev}事故作出初步问责决定的是{body}，不是{lv}一级。")
    return Verdict(True, "；".join(dict.fromkeys(f"{c.id}: {c.body}" for sev, _ in pairs
                                                 for c in book.regulation.convening if sev in c.severities)))
