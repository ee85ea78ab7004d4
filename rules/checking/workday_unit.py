"""A period of working days said as days: "应当自作出决定之日起3日内把结果告知您" where the text says
"自作出决定之日起三个工作日内告知举报人".

The number is the text's and every other word too, so the support test held the sentence; but
three days and three working days are different periods. Read here: a period N日 / N天 of the
sentence (not N个工作日, not 工作日 before it) whose number the passages give only as N个工作日
(never as N日 of calendar days) changes the unit.
"""
from __future__ import annotations

import re

from ..references import cn_int
from .sources import SourceText

_NUM = r"[0-9０-９零〇一二两三四五六七八九十百]+"
_DAYS = re.compile(rf"(?<![0-9０-９零〇一二两三四五六七八九十百])(?P<n>{_NUM})(?:个)?(?P<u>工作日|日|天|个工作日)")


def _periods(text: str) -> list[tuple[int, bool]]:
    out = []
    for m in _DAYS.finditer(text):
        try:
            out.append((cn_int(m.group("n")), "工作" in m.group("u")))
        except ValueError:
            continue
    return out


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    if not passages or not ("日" in sentence or "天" in sentence):
        return []
    mine = [n for n, work in _periods(sentence) if not work]
    if not mine:
        return []
    theirs = _periods("\n".join(p.text for p in passages))
    for n in mine:
        if (n, True) in theirs and (n, False) not in theirs:
            return [f"“{n}日”：原文是{n}个工作日，不是{n}日"]
    return []
