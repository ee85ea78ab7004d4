"""List items under a lead that names an article ("第五条规定，…有下列情形之一的，应当问责：" and
the lines below it): each item is said of that article, so it is held to it as a sentence that
names it is — to the item of the article it restates when the article has items (a term
exchanged there is another situation), else to the article (a member added to 第二条's list is
not in it). Without this an item is held only to the closest passage, where any near wording passes.
"""
from __future__ import annotations

import re

from . import paragraph_lines
from .sources import SourceText
from .support import coverage

# a line that is an item of a list: "1. …", "- …", "（一）…", "一、…"
_LIST_LINE = re.compile(r"^\s*(?:[-*•·]\s*|\d{1,2}(?:[、)）]|[.．](?!\d))\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*|[一二三四五六七八九十]、)")
_ITEM = re.compile(r"^\s*[（(]([一二三四五六七八九十]+)[)）]")


def listed_line(draft: str, line: int) -> bool:
    """Whether the draft's line is an item of a list."""
    lines = draft.splitlines()
    return 0 <= line < len(lines) and bool(_LIST_LINE.match(lines[line]))


def under_lead(sentence: str, leads: list[SourceText]) -> list[SourceText]:
    """The passage an item under a list lead is held to: of the lead's one article, the item it
    shares most with (its own line), else the article itself."""
    if len(leads) != 1:
        return []
    p = leads[0]
    if "#" in p.id:                  # the lead names one item: its sub-items are held to it
        return [p]
    # each item with the sub-items under it (第七条（二）'s "1. 非汛期…", paragraph_lines.py)
    items = [paragraph_lines.item(p.text, m.group(0).strip()) or x
             for x in p.text.splitlines() if (m := _ITEM.match(x))]
    if not items:
        return [p]
    best = max(items, key=lambda x: coverage(sentence, x))
    number = _ITEM.match(best).group(1)
    return [SourceText(f"{p.id}#{number}", p.doc_id, p.doc_title, p.doc_kind, f"{p.label}（{number}）", best,
                       p.article, p.truncated)]
