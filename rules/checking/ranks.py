"""A place in a ranking said of a figure: "两项均居全国首位" where the report says "均居国内前列"
(branch r20miss).

A rank is said with a placing verb (居 / 位居 / 位列 / 排在 / 列 / 保持) and a rank word: the top
place (首位, 第一, 榜首, 之首, 头名, 冠军), or a place among the leaders (前列, 前茅, 前位, 领先, 上游).
Every other word of such a sentence is the passage's, so the coverage test passed it; but 首位 says
more than 前列, and 前列 less than 首位. The sentence of the passage that restates the sentence's
words best (most character pairs) is where its rank is said: when that sentence places something
by rank and none of its rank words is of the sentence's kind, the rank is changed. A passage
sentence with no rank word decides nothing here (the coverage test has the claim), and a place
among the leaders said of what the passage puts first is what the first place implies."""
from __future__ import annotations

import re

from .sources import bare, bigrams

_PLACE = r"(?:居于?|位居|位列|排名|排在|排|列|保持|处于|名列|稳居|跃居|跻身|进入)"
_TOP = r"首位|第一位?|第1位?|榜首|之首|头名|头把交椅|冠军|最高|最前"
_LEAD = r"前列|前茅|前位|领先|上游|前几位|第一方阵|第一梯队"
_RANK = re.compile(_PLACE + r"[^，,。；;]{0,6}?(?:(?P<top>" + _TOP + r")|(?P<lead>" + _LEAD + r"))")
_CHEAP = re.compile(_TOP + "|" + _LEAD)


def _kinds(text: str) -> set[str]:
    return {"top" if m.group("top") else "lead" for m in _RANK.finditer(text)}


def rank_changed(sentence: str, text: str) -> list[str]:
    """The rank the sentence gives where the passage's matching sentence gives another, else []."""
    if not _CHEAP.search(sentence):
        return []
    said = list(_RANK.finditer(sentence))
    if not said:
        return []
    mine = bigrams(bare(_RANK.sub("", sentence)))
    if not mine:
        return []
    spans = [c for c in re.split(r"[。；;\n]", text) if c.strip()]
    best = max(spans, key=lambda c: len(mine & bigrams(bare(c))), default="")
    theirs = _kinds(best)
    if not theirs:
        return []
    out = []
    for m in said:
        kind = "top" if m.group("top") else "lead"
        if kind not in theirs and not (kind == "lead" and "top" in theirs):   # the first is among the leaders
            there = next(x.group(0) for x in _RANK.finditer(best))
            out.append(f"{m.group(0)}（原文：{there}）")
    return out
