"""A frequency said over a longer span than the text's: "其他使用单位每2年不少于1次" where the text
says "其他使用单位，每年不少于一次".

每年 and 每两年 share their words, and the count (一次) is the text's, so the support test held
the sentence. Read here: a span 每N年 / 每N个月 / 每N季度 / 每N周 / 每N天 of the sentence with N of
two or more holds only when some passage says that span with the same number (每两年, 每2年);
a passage that says no span of that unit is not read.
"""
from __future__ import annotations

import re

from ..references import cn_int
from .sources import SourceText

_SPAN = re.compile(r"每(?:隔)?(?P<n>[0-9０-９一二两三四五六七八九十]*)(?:个)?(?P<u>年|月|季度|周|天|日)")


def _spans(text: str) -> list[tuple[int, str]]:
    out = []
    for m in _SPAN.finditer(text):
        try:
            n = cn_int(m.group("n")) if m.group("n") else 1
        except ValueError:
            continue
        out.append((n, "日" if m.group("u") == "天" else m.group("u")))
    return out


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    if not passages or "每" not in sentence:
        return []
    mine = [s for s in _spans(sentence) if s[0] >= 2]
    if not mine:
        return []
    theirs = _spans("\n".join(p.text for p in passages))
    for n, unit in mine:
        if any(u == unit for _, u in theirs) and (n, unit) not in theirs:
            said = [m for m, u in theirs if u == unit]
            return [f"“每{n}{unit}”：原文是每{'' if said[0] == 1 else said[0]}{unit}"]
    return []
