"""The question's case decided by the lead of the list it is an item of (branch `lfmiss`).

"处理厂经批准检修停运，导致垃圾没拉走，要被追责吗？" names, in its own words, an item of a list
whose lead decides every item: "有下列情形之一的，不予追究责任：…（二）因处理设施经批准检修停运…导致
的". An answer that affirms the act the lead denies ("要追究，只是可以从轻或者减轻") restates another
article (从轻或者减轻 is 第二十条's) and passes the support test there, though the text answers the
question's case the other way. Here the question's case is placed by the words it shares with one
item of the document (a run of five characters or more, the longest of any item's, and that item's
alone); when the lead of that item's list denies an act (不予追究, 免予处分, 不得…) and a sentence of
the answer affirms that act plainly (要追究, 会被追究: not denied, no condition or exception of its
own: 如果, 除外, 否则), the sentence contradicts the text. An item with an exception of its own (…的除外),
or in an article that takes items out of its lead (不适用前款第（二）项), is not decided by its lead
alone and is left to the other readings.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import paragraph_lines
from .one_clause import _denied_at
from .sources import bare

RUN = 5
_LEAD = re.compile(r"(?:有)?(?:下列|以下)(?:情形|行为|情况)之一的[，,]?(.+?)[：:]\s*$")
_DENIAL = re.compile(r"^(?:不予|免予|免于|不得|不再|不)")
_HEDGED = re.compile(r"如果|若|假如|除外|否则|的话|除非|视情况|看情况|不一定|可能|例外")


def _run(a: str, b: str) -> int:
    """The longest run of characters a and b share."""
    best = 0
    for i in range(len(a)):
        k = best + 1
        while i + k <= len(a) and a[i:i + k] in b:
            best = k
            k += 1
    return best


@lru_cache(maxsize=256)
def decided(question: str, texts: tuple[str, ...]) -> tuple[str, str] | None:
    """(the act the lead denies, the item) for the question's case, else None."""
    q = bare(question)
    if len(q) < RUN:
        return None
    scored: list[tuple[int, str, str]] = []
    for t in texts:
        if any(re.search(r"不适用|除外", x) and not paragraph_lines.is_part(x) for x in t.splitlines()):
            continue              # an article that takes items out of its lead (不适用前款第（二）项)
        for lines in paragraph_lines.paragraphs(t):
            m = _LEAD.search(lines[0])
            if not m or len(lines) < 2:
                continue
            for item in lines[1:]:
                scored.append((_run(q, bare(item)), m.group(1), item))
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    top, lead, item = scored[0]
    if top < RUN or len(scored) > 1 and scored[1][0] == top or re.search(r"除外|但是", item):
        return None
    d = _DENIAL.match(lead)
    if not d:
        return None
    act = bare(lead[d.end():])[:2]
    return (act, item.strip()) if len(act) == 2 else None


def problems(sentence: str, question: str, texts: tuple[str, ...]) -> list[str]:
    """The sentence affirms the act the lead of the question's case denies."""
    got = decided(question, texts)
    if got is None:
        return []
    act, item = got
    s = bare(re.sub(r"《[^》]*》", "", sentence))      # (a title's 责任追究办法 says no act)
    if act not in s or _HEDGED.search(sentence):
        return []
    # the act denied anywhere in the sentence (…受理的，属于不予受理的情形: the case's own 受理 first)
    if any(_denied_at(s[max(0, m.start() - 6):m.end()], act) is not False for m in re.finditer(re.escape(act), s)):
        return []
    return [f"所问的情形是“{item[:30]}”，原文对这类情形是不予{act}"]


def may_concern(sentence: str, question: str) -> bool:
    """Cheaply: does the question ask whether, and the sentence say an act?"""
    return bool(question) and len(question) >= RUN
