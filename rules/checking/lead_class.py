"""A case classed by the lead that defines the class: "造成超过10人重伤的，属于重大事件" where the text reads

    （三）重大事件，是指有下列情形之一的：
    1. 造成3人以上死亡；
    2. 造成超过10人重伤；

The item's lead names the class its cases make ("C，是指有下列情形之一的", "C是指…", "下列情形为C："):
"X的，属于 C" (是 / 为 / 算 / 构成 / 认定为 C) says of the item what its lead says. The check that what
follows a case is that case's statement's consequence found "属于重大事件" in another article (属于较大
事件或者重大事件的，…报告) and flagged it as moved there. Read here: when the clause after the case is
only a copula and a class, and that class is, word for word, the one the item's own lead line defines,
the clause is the item's consequence. Fail closed: another class (属于较大事件 of an item under 重大事件),
or a lead that defines nothing, leaves the check as it was. Items numbered 1. / 2. under a （三） item
are siblings past which the lead is looked for, as （一） / （二） are."""
from __future__ import annotations

import re

_CLASSED = re.compile(r"^(?:就|即|则|便|都|也)?(?:属于|应当认定为|认定为|定为|构成|算作?|即为|为|是)(?P<cls>[\u4e00-\u9fff]{2,12}?)[。；;！]?$")
_SIBLING = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])")
# the lead's own words that define a class: "C，是指…：", "C是指…：", "C指…：", "…的，为C："
_DEFINES = (re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[)）])?(?P<cls>[\u4e00-\u9fff]{2,12}?)[，,]?(?:是指|系指|指)"),
            re.compile(r"(?:为|属于)(?P<cls>[\u4e00-\u9fff]{2,12}?)[：:]$"))


def lead_of(item: str, doc_text: str) -> str:
    """The lead line above the item line `item` in the text, past its sibling items (（一）, 1.),
    when it ends in a colon; else ""."""
    lines = [x.strip() for x in doc_text.splitlines() if x.strip()]
    bare_item = re.sub(r"[；;。，,]$", "", item.strip())
    at = next((k for k, x in enumerate(lines) if re.sub(r"[；;。，,]$", "", x) == bare_item), None)
    if at is None:
        return ""
    k = at - 1
    while k >= 0 and _SIBLING.match(lines[k]) and not re.search(r"[：:]$", lines[k]):
        k -= 1
    return lines[k] if k >= 0 and re.search(r"[：:]$", lines[k]) else ""


def classed_by_lead(then: str, item: str, doc_text: str) -> bool:
    """Whether `then`, what a sentence says after an item's case, is only a copula and the class the
    item's own lead line defines."""
    m = _CLASSED.match(then.strip())
    if m is None:
        return False
    lead = lead_of(item, doc_text)
    return bool(lead) and any((d := p.search(lead)) is not None and d.group("cls") == m.group("cls") for p in _DEFINES)
