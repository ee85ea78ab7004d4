"""A topic of several members carried into a second predicate the text says of fewer (branch
`g17miss`).

"单位和非公职人员的通报批评由市公安局作出，并由市公安局在市人民政府门户网站公开" where one article
says "对单位和非公职人员的通报批评，由市公安局作出" and another "对单位的通报批评…由市公安局在市人民
政府门户网站公开": the second predicate (并由…公开) has no topic of its own, so it takes the first
one's, both members; each predicate is the text's, the members are the text's, and the support
test passes the sentence.

Read here: a sentence that opens with a topic naming members (X和Y的N, X、Y的N) and goes on with a
predicate that names none (并 / 并且 / 同时 / 还 / 也 …, without N). The statement of the document that
predicate restates (most of its pairs, and it names N) names its own members before N (对X的N):
a member of the sentence's topic that the statement neither names there nor anywhere else is
carried into a predicate the text does not give it. A statement naming N with no members, or one
the predicate does not clearly restate, decides nothing.
"""
from __future__ import annotations

import re

from .aligned import _pairs
from .sources import SourceText

_JOIN = re.compile(r"以及|或者|和|与|及|、")
_TOPIC = re.compile(r"^(?:对)?((?:[\u4e00-\u9fff]{2,10}?(?:以及|或者|和|与|及|、))+[\u4e00-\u9fff]{2,10}?)的([\u4e00-\u9fff]{2,8}?)(?=[，,]?(?:由|应当|应|在|须|要|依法))")
_GOES_ON = re.compile(r"^(?:并且?|同时|还|也|再|另外)(?:由|在|向|应当|要|须|将)?")
SHARE = 0.7            # the predicate's pairs in the statement it restates


def _statements(passages: list[SourceText]) -> list[str]:
    return [s for p in passages for line in p.text.splitlines() for s in re.split(r"[。；;]", line) if s.strip()]


def may_concern(text: str) -> bool:
    return bool(_JOIN.search(text)) and bool(re.search(r"[，,](?:并且?|同时|还|也|再|另外)", text))


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    clauses = [c.strip() for c in re.split(r"[，,；;。]", sentence.strip()) if c.strip()]
    if len(clauses) < 2:
        return []
    m = _TOPIC.match(clauses[0])
    if not m:
        return []
    members, noun = [x for x in _JOIN.split(m.group(1)) if x], m.group(2)
    out: list[str] = []
    statements = None
    for c in clauses[1:]:
        if not _GOES_ON.match(c) or noun in c:
            continue
        mine = _pairs(c)
        if len(mine) < 4:
            continue
        statements = statements if statements is not None else _statements(passages)
        best = max(((len(mine & _pairs(s)) / len(mine), s) for s in statements if noun in s),
                   default=(0.0, ""))
        if best[0] < SHARE:
            continue
        s = best[1]
        before = s[:s.find("的" + noun)] if "的" + noun in s else None
        if before is None:
            continue
        theirs = [x for x in _JOIN.split(re.split(r"[，,：:；;。对由将]", before)[-1]) if x]
        if not theirs:
            continue
        missing = [x for x in members if x not in theirs and x not in s]
        if missing:
            out.append(f"原文“{s.strip()[:40]}”只说了{'、'.join(theirs)}的{noun}，没有{'、'.join(missing)}")
    return out
