"""A list lead that names another article than the one its list restates: "党政领导干部的范围是第三条规
定的，具体包括四类：一是…；二是…" where every item is 第二条's and 第三条 says who holds to account.

A lead into a list is held to its own words and its article ("a lead says only its words"); the
items are then each found by the support test wherever they are. So a lead citing the wrong
article passed: the lead's words are true of the regulation, each item is true of it, and nothing
asked whether the article the lead names holds the items. Read here, after the draft is judged:
the items are the lines right after the lead, each verified; when every one of them (two or more)
is verified by one and the same other article, which holds each item better than the article the
lead names, and that article shares little with the items (under HELD of their character pairs on
average, under NEAR for each), the lead points to the wrong article.
"""
from __future__ import annotations

from typing import Callable

from .support import coverage

PREFIX = "列表引导："
HELD = 0.5               # the named article's mean share of an item's words stays under this
NEAR = 0.7               # and no item comes this close to it
MIN_ITEMS = 2


def misplaced(lead_support: str, items: list[tuple[str, str, str]], text_of: Callable[[str], str]) -> str | None:
    """Why the lead names the wrong article, or None. `items`: (text, verdict, support) of the lines
    after the lead; `text_of(label)`: the text of the article a label names ("" when none)."""
    if not lead_support.startswith(PREFIX) or "、" in lead_support or len(items) < MIN_ITEMS:
        return None
    named = lead_support[len(PREFIX):]
    if any(v != "verified" for _, v, _ in items):
        return None
    holders = {s for _, _, s in items}
    if len(holders) != 1:
        return None
    other = holders.pop()
    if other == named or "、" in other or "；" in other or not text_of(other):
        return None
    text = text_of(named)
    theirs = text_of(other)
    mine = [coverage(t, text) for t, _, _ in items] if text else []
    if not mine or sum(mine) / len(mine) >= HELD or max(mine) >= NEAR or \
            any(coverage(t, theirs) <= c for (t, _, _), c in zip(items, mine)):
        return None
    return f"所列各项出自{other}，不是{named}"
