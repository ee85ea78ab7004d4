"""A short clause after a restated one (…10个工作日内作出处理，不得延长): its polarity held to
the article that clause restates.

A clause of one or two words (不得延长, 可以延长, 不予受理) has too few words to choose a statement
of its own, so `aligned` leaves it to the support test, which finds 延长 in the article and asks no
more. But such a clause continues the one before it: it speaks of the article that clause
restates. Its words (the negation, modal and bound words left out) are looked up in the parts of
that article's statements (cut at commas); when the article says them, and says them only with
the other polarity (确需延长的，…可以延长5个工作日 against 不得延长), the clause denies what the
article provides, or provides what it denies.

(g20alarm) A proviso that excepts a case (…不适用本办法；但是，观光船舶兼营渡运的除外): when the clause
before the short one restates the excepted case (the 除外 statement), the statement the proviso
excepts from is read with its polarity turned for that case, so "但是观光船舶兼营渡运的，就要适用" agrees
and "…兼营渡运的，也不适用" is flagged.
"""
from __future__ import annotations

import re

from . import aligned as AL
from . import clause_hits as CH
from .excepted_case import excepted as _excepted
from .sources import SourceText

# the polarity and modal words of a short clause, with the word they govern (不得, not 不 and 得)
_POLARITY = re.compile(r"不[得能应可准许予需必]|无[需须]|可以|应当|必须|能够|未|没有|没|不|可|应|须|能")
MOST_PAIRS = 3            # a clause with more words chooses its own statement


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    r = CH.read(sentence, passages, whole, referred)
    out = []
    for i, clause in enumerate(r.clauses):
        before = r.hits.get(i - 1)
        if i in r.hits or before is None or before.unit.article is None:
            continue
        words = CH.words(AL._stripped(_POLARITY.sub("|", clause), []))
        if not 1 <= len(words) <= MOST_PAIRS:
            continue
        excepted = _excepted(before.unit, r.everything)
        parts = [(p, u is excepted) for u in r.everything if u.article == before.unit.article
                 for p in CH.parts(u.text) if words <= AL._pairs(p)]
        said = AL._negated(clause)
        if parts and all((AL._negated(p) != turned) != said for p, turned in parts):
            out.append(f"“{clause}”与原文相反（原文：{'；'.join(dict.fromkeys(p for p, _ in parts))}）")
    return out

