"""A condition put before a measure the text joins to another with 并 (branch `g17miss`).

"予以调离岗位或者停职检查；情节较重的，再依法给予政务处分或者处分" where the text says "予以调离岗位
或者停职检查，并依法给予政务处分或者处分": both measures are the text's, and the second, with its
condition, is even said word for word by a sibling item (情节较重的，依法给予政务处分或者处分), so each
part passes the support test. But the text imposes the two together; the draft makes the second
depend on a condition the statement does not have.

Read here: a part of the draft that opens with a condition (X的，B; 如果X的 …) after a measure A (the
part before it, in the same sentence or the sentence before), where the document has a statement
"A，并B" (most of A's pairs before its 并, most of B's after it) with no such condition in it, and no
statement of the document says A and then, with the condition, B (the sibling item's own
"A'；情节较重的，B"). The condition was invented.
"""
from __future__ import annotations

import re

from .aligned import _pairs
from .sources import SourceText

_CONDITION = re.compile(r"^(?:如果|如|若|但)?([\u4e00-\u9fff]{2,10})的[，,]\s*(?:再|还要?|另外|同时|也|并)?(.+)$")
_CUT = re.compile(r"[，,](?=(?:如果|如|若)?[\u4e00-\u9fff]{2,10}的[，,])")
SHARE = 0.8            # a part's pairs in the side of the statement it restates


def _parts(passages: list[SourceText]) -> list[str]:
    """The document's statements (lines cut at 。 and ；), in order."""
    out = []
    for p in passages:
        for line in p.text.splitlines():
            out += [s for s in re.split(r"[。；;]", line) if s.strip()]
    return out


def _share(mine: set[str], text: str) -> float:
    return len(mine & _pairs(text)) / len(mine) if mine else 0.0


def may_concern(text: str) -> bool:
    return "的，" in text or "的," in text


def problems(before: str, text: str, passages: list[SourceText]) -> list[str]:
    """`before`: the draft's part before this sentence (the previous sentence), for A."""
    body = text.strip()
    m = _CONDITION.match(body)
    if m:
        first = before
    else:
        cut = _CUT.search(body)
        if not cut:
            return []
        first, m = body[:cut.start()], _CONDITION.match(body[cut.end():])
        if not m:
            return []
    condition, measure = m.group(1), m.group(2).rstrip("。；;")
    a, b = _pairs(first.rstrip("。；;，, ")), _pairs(measure)
    if len(a) < 3 or len(b) < 3:
        return []
    statements = _parts(passages)
    joined = None
    for s in statements:
        if "并" not in s or condition in s:
            continue
        head, tail = s.rsplit("并", 1)
        if _share(a, head) >= SHARE and _share(b, tail) >= SHARE:
            joined = s
            break
    if joined is None:
        return []
    for prev, s in zip(statements, statements[1:]):
        if condition in s and _share(a, prev) >= SHARE and _share(b, s) >= SHARE:
            return []                     # the text says A, then B on that condition
    return [f"原文是两者并处（{joined.strip()[:40]}），没有“{condition}的”这一条件"]
