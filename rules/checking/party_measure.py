"""A measure given to one party where the clause gives it to another party beside it (branch
`g15miss`).

"对属地乡镇人民政府主要负责人予以政务处分，并建议对分管负责人和直接责任人员给予政务处分或者处分"
where the text says "对属地乡镇人民政府主要负责人予以诫勉，并建议对分管负责人和直接责任人员给予政务
处分或者处分": one clause of the text pairs each party with its measure (对P + 予以 / 给予 / 进行 / 处以
+ M), and a sentence that gives one party the other's measure finds all its words in that clause,
so the support test passes it. Read here: each 对P + verb + M of the sentence is held to the clause
of the held articles that pairs the same party (the one names the other, or ends it: 主要负责人 of
属地乡镇人民政府主要负责人) with a measure, the clause that shares most with the sentence. When that
clause gives P another measure, and gives the sentence's M to another party, the measure was moved
between parties. A party the clause does not name, or a measure it does not give anyone, is left to
the other readings (a paraphrase of a measure is not read as a swap).

A list by party (branch `g18miss`): "- 分管负责人：通报批评。" under "根据第20条第（二）项：", or
"分管负责人通报批评；主要负责人诫勉", pairs a party with its measure by a colon, or by the party
standing right before the measure as the whole clause. The party must be one the held clauses pair
with a measure (its name whole), so a label of anything else is not read.
"""
from __future__ import annotations

import re

from .one_clause import _content, clauses_of
from .sources import bigrams, squash

_PAIR = re.compile(r"对([\u4e00-\u9fff、]{2,24}?)(?:予以|给予|进行|处以|作出)([\u4e00-\u9fff]{2,12}?)(?=[，,。；;、]|并|$)")


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _PAIR.finditer(squash(text))]


def _party(a: str, b: str) -> bool:
    """One party's name is the other's, or ends it (主要负责人 / 乡镇主要负责人)."""
    return a == b or (len(a) >= 3 and b.endswith(a)) or (len(b) >= 3 and a.endswith(b))


# (g18miss) a party as a label: "分管负责人：通报批评", or the clause "分管负责人通报批评"
_LABEL = re.compile(r"(?:^|[，,；;。\n])[-*•·\s]*([\u4e00-\u9fff]{2,12})[：:]?([\u4e00-\u9fff]{2,16}?)(?=[，,。；;]|$)")


def _labelled(sentence: str, parties: set[str]) -> list[tuple[str, str]]:
    """(party, measure) of each clause that is a party of `parties` and its measure."""
    out = []
    text = squash(sentence)
    for m in _LABEL.finditer(text):
        whole = m.group(1) + m.group(2)
        party = next((p for p in sorted(parties, key=len, reverse=True)
                      if whole.startswith(p) and len(whole) - len(p) >= 2), None)
        if party is not None:
            out.append((party, whole[len(party):]))
    return out


def may_concern(sentence: str) -> bool:
    return "对" in sentence and bool(_PAIR.search(squash(sentence))) or bool(_LABEL.search(squash(sentence)))


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    """The party said to get a measure its clause gives another party (empty when none is clear)."""
    grams = _content(bigrams(sentence))
    clauses = [(len(grams & c.grams), pairs) for n, text in articles for c in clauses_of(n, text)
               if len(pairs := _pairs(c.raw)) >= 2]
    mine = _pairs(sentence)
    labelled = not mine
    if labelled:
        mine = _labelled(sentence, {p for _, pairs in clauses for p, _ in pairs})
    if not mine:
        return []
    for party, measure in mine:
        naming = [(score, pairs) for score, pairs in clauses if any(_party(party, p) for p, _ in pairs)]
        if not naming:
            continue
        if labelled and any(_party(party, p) and (measure in m or m in measure) for _, pairs in naming for p, m in pairs):
            continue          # a label names no clause: any clause that gives the party the measure holds it
        _, pairs = max(naming, key=lambda x: x[0])
        theirs = [m for p, m in pairs if _party(party, p)]
        if any(measure in m or m in measure for m in theirs):
            continue
        others = [p for p, m in pairs if not _party(party, p) and measure in m]
        if others:
            return [f"原文对“{party}”是“{theirs[0]}”，“{measure}”是对“{others[0]}”的"]
    return []
