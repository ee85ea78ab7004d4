"""A list given after a lead (考核主要包括四项内容：A、B、C，以及D) whose lead restates a list lead
of the text (考核主要包括下列内容：) and one of whose members is none of that list's items.

`aligned` holds each clause to the statement it restates; a member of a few words (全年投诉数量)
chooses no statement of its own, and the count (四项) still matches. Here the members are read
after the colon (cut at 、 ， ； 以及 和 及), the lead before it is aligned with the leads of the text
(statements that end in a colon, followed by items), and when at least two members are items of
that list (half their pairs in one item) a member that is in no item is flagged.
"""
from __future__ import annotations

import re

from . import aligned as AL
from . import clause_hits as CH
from .sources import SourceText

MIN_MEMBER = 0.5          # share of a member's pairs that one item must have


def _lists(everything: list[AL.Statement]) -> list[tuple[AL.Statement, list[AL.Statement]]]:
    """Each lead of the text (a statement ending in a colon) with the items that follow it."""
    out = []
    for k, u in enumerate(everything):
        if u.item or not re.search(r"[：:]\s*$", u.text):
            continue
        items = []
        for x in everything[k + 1:]:
            if not x.item or x.article != u.article:
                break
            items.append(x)
        if items:
            out.append((u, items))
    return out


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    lead, colon, rest = re.sub(r"[（(][^）)]*[）)]", "", sentence).partition("：")
    if not colon:
        lead, colon, rest = lead.partition(":")
    if not colon or not rest:
        return []
    r = CH.read(sentence, passages, whole, referred)
    mine = CH.words(AL._stripped(AL._REFS.sub("", lead), []))
    if len(mine) < 3:
        return []
    scored = max(((AL._share(mine, u.grams), u, items) for u, items in _lists(r.everything)),
                 key=lambda t: t[0], default=None)
    if scored is None or scored[0] < AL.MIN_ALIGN:
        return []
    items = [CH.words(AL._ITEM.sub("", x.text.strip())) for x in scored[2]]
    members = [m for m in re.split(r"[、，,；;。]|以及|或者|和|及|与", rest) if len(CH.words(m)) >= 2]
    matched = [m for m in members if any(AL._share(CH.words(m), g) >= MIN_MEMBER for g in items)]
    off = [m for m in members if m not in matched]
    if len(matched) >= 2 and off:
        return [f"“{off[0]}”不在原文所列之中（原文：{scored[1].text}）"]
    return []
