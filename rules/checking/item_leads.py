"""The line that opens a list, read as said beside every figure of its items.

"20万元以上50万元以下，由区体育主管部门处罚" where the text says "经营单位对事件发生负有责任的，由区
体育主管部门按照下列规定处罚：（一）……（二）发生较大事件的，处20万元以上50万元以下罚款；": the
body and the act of the lead line hold for each item under it, so they are words beside the item's
figures, however many items stand between the lead and the figure. `support.mispaired` pairs a
sentence's clause with the words next to a figure in the text (up to the neighbouring figures);
without the lead, the clause is found only beside the figure that happens to come first after the
lead (the first item's), and a faithful sentence about a later item reads as a swap. Only a lead
that announces its list (ends with a colon) and only the items right under it (up to the next
line that is not an item) take its words.
"""
from __future__ import annotations

import re

# an item line: （一）, (1), 1. (the kind of its marker tells a sub-item from an item)
_ITEM = re.compile(r"^\s*(?:(?P<cn>[（(][一二三四五六七八九十]+[)）])|(?P<paren>[（(]\d{1,2}[)）])|(?P<dot>\d{1,2}[.、．](?!\d)))")


def items_under_leads(text: str) -> list[tuple[str, str]]:
    """(item line, the lead line of its list) for each item line of the text under a lead that
    ends with a colon: the nearest line before it, back over items only, that ends with a colon
    and is no item of the same kind (an item may open a list of sub-items: （一）…下列情形之一的：
    then 1. 2.)."""
    out: list[tuple[str, str]] = []
    lines = [x for x in text.splitlines() if x.strip()]
    for n, line in enumerate(lines):
        m = _ITEM.match(line)
        if m is None:
            continue
        for back in reversed(lines[:n]):
            b = _ITEM.match(back)
            if b is not None and b.lastgroup == m.lastgroup:
                continue
            if re.search(r"[：:]\s*$", back):
                out.append((line, back))
            if b is None or re.search(r"[：:]\s*$", back):
                break
    return out
