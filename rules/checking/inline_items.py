"""An article's items numbered inline after a lead that counts them (branch `r23miss`).

"第十三条分三项：（一）特别重大…；（二）重大…；（三）较大…。" The lead names one article and says its
items (N项) before a colon, and the draft then numbers them （一）（二）… on the same line. The units
are cut at ；, so the lead shares its unit with the first item, which the support test verifies; no
reading then saw the count (the announcing readers want the lead alone), and an item taken from the
next article ("较大…", 第十四条's) passed as the article's third because its words are nearly all
in the article. Both are claims about the article's structure:
- the count N (a numeral before 项) must be the number of the article's numbered items;
- a number the draft gives an item (（三）) must be one the article has: an item numbered past the
  article's last is not the article's.
Read only when the lead names one article (no paragraph, no item of its own) whose items are
numbered; the reading only ever turns a verified unit into an unsupported one.
"""
from __future__ import annotations

import re

from ..references import cn_int

_ART = r"第[零一二两三四五六七八九十百\d]+条"
# the lead: one article, a few words of list talk (no reference of its own, no clause break), an
# optional count, 项, a colon, and the first item's number right after it
LEAD = re.compile(rf"(?P<ref>{_ART})(?P<talk>[^：:。；;，,（()）第款]{{0,10}}?)"
                  rf"(?P<n>[一二两三四五六七八九十]|\d{{1,2}})?项[：:]\s*(?=[（(](?:一|1)[)）])")
_MARK = re.compile(r"(?:^|[：:；;]\s*)[（(](?P<k>[一二三四五六七八九十]+|\d{1,2})[)）]")


def lead(text: str) -> re.Match | None:
    """The lead of an inline numbered list of one article's items, else None."""
    if "项" not in text:
        return None
    m = LEAD.search(text)
    return m if m is not None and len(re.findall(_ART, text[:m.end()])) == 1 else None


def marks(text: str) -> list[int]:
    """The item numbers a unit gives (（二） at its start or after a colon / semicolon)."""
    out = []
    for m in _MARK.finditer(text):
        try:
            out.append(cn_int(m.group("k")))
        except ValueError:
            continue
    return out


def problems(texts: list[str], label: str, have: int) -> dict[int, str]:
    """`texts`: the lead's unit then the units after it on its line. The problem of each unit
    (by its place in `texts`) that miscounts the article's `have` numbered items or numbers an
    item past them; {} when none."""
    m = lead(texts[0]) if texts and have else None
    if m is None:
        return {}
    out: dict[int, str] = {}
    if m.group("n") is not None and cn_int(m.group("n")) != have:
        out[0] = f"{label}列有{have}项，不是{m.group('n')}项"
    for i, text in enumerate(texts):
        over = [k for k in marks(text[m.end():] if i == 0 else text) if k > have]
        if over:
            out.setdefault(i, f"{label}只有{have}项，没有第（{over[0]}）项")
    return out
