"""A list said to be all there is ("第二条规定的党政领导干部只到区一级：A，B，以及C").

Why: a lead with 只 / 仅 before a colon says the list after it is the whole of what the text
lists. When that list restates an article's list but leaves members out, every word it has is
the article's and the support test passed it; the restriction is what is wrong. Here the list is
held to the sentence of the passage it restates (the one holding most of its character pairs):
that sentence's list (after 是指 / 包括 / its colon) is cut into members at its commas; a member
none of whose words the draft's list has (under half its character pairs) is left out. When the
draft's list restates the sentence (four in five of its pairs there), at least two of the
sentence's members are in it, and one is left out, the restriction fails. A list whose every
member is there, or a lead without 只 / 仅 (a part named as a part), is left alone.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare, bigrams

# 只 / 仅 (not 不只, 不仅) in the lead before the colon that opens the list
_LEAD = re.compile(r"^(?P<lead>[^：:。]*?(?<![不非])(?:只|仅)[^：:。]{0,12})[：:—](?P<list>[^。]+)")
_OPENS = re.compile(r"是指|包括|包含|分别是|[：:]")
_JOINS = re.compile(r"^(?:以及|及|和|与|或者|或|还有)")
# "它只规定：…": 只 on what the text provides, a saying verb before the colon, not a list's lead
_SAYING = re.compile(r"(?:只|仅)(?:是)?(?:规定|说|写|讲|提到|要求)了?(?:的是)?$")
HELD = 0.8           # share of the draft list's pairs the passage sentence must have
MISSING = 0.5        # a member with less than this share of its pairs in the draft list is left out


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    """Why the sentence's exclusive list leaves out members of the article's list, else []."""
    if "只" not in sentence and "仅" not in sentence:
        return []
    m = _LEAD.search(sentence)
    if m is None or not passages or _SAYING.search(m.group("lead")):
        return []
    said = bigrams(bare(m.group("list")))
    if len(said) < 6:
        return []
    best, label = None, ""
    for p in passages:
        for unit in re.split(r"[。；;\n]", p.text):
            g = bigrams(bare(unit))
            if g and (best is None or len(said & g) > len(said & bigrams(bare(best)))):
                best, label = unit, p.label
    if best is None or len(said & bigrams(bare(best))) < HELD * len(said):
        return []
    opened = list(_OPENS.finditer(best))
    if not opened:
        return []                       # a provision's clauses, not a list (它只规定：…的，…)
    listed = best[opened[-1].end():]
    members = [bare(_JOINS.sub("", x.strip())) for x in re.split(r"[，,；;]", listed) if bare(x)]
    if len(members) < 3:
        return []
    shares = [len(bigrams(x) & said) / len(bigrams(x)) if bigrams(x) else 1.0 for x in members]
    left = [x for x, s in zip(members, shares) if s < MISSING]
    if left and sum(1 for s in shares if s >= HELD) >= 2:
        return [f"{label}所列不只这些，还有“{left[0]}”"]
    return []
