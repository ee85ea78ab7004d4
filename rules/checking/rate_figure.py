"""A rate said with a figure the text never gives at that rate (branch `g15miss`).

"每起扣5分" where the text's table reads "发生一般森林火灾｜每起4分" and "护林员配备不足｜5分": a rate
is a figure per counted unit (每 + a measure word: 每起, 每处, 每次, 每人, 每项 …), and a sentence that
states one with the figure of another row finds both "每起" and "5分" in the article, so the support
test passes it. Read here: a rate of the sentence (每 + measure word, at most a verb or two, then a
figure and its unit) is held to the rates the articles it is held to state with the same measure
word and unit. When they state some, and none with the sentence's figure, the sentence is wrong.
An article that states no rate with that measure word and unit decides nothing (the figure is left
to the support test); no word of any regulation is read here, only the closed class of measure
words and units.
"""
from __future__ import annotations

import re

from .sources import squash

_CL = r"[起处次件人项宗例台个户辆座名]"
_UNIT = r"(?:万元|元|分|日|天|小时|个月|%)"
# a rate: 每 + measure word, a few characters (扣, 罚款, 给予), the figure and its unit
_RATE = re.compile(r"每(?:一)?(" + _CL + r")[^\d，,。；;：:|\n]{0,4}?(\d+(?:\.\d+)?)(" + _UNIT + ")")


def may_concern(sentence: str) -> bool:
    return "每" in sentence and bool(_RATE.search(squash(sentence)))


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    """The sentence's rate whose figure no rate of the held articles with its measure word and unit
    gives (empty when every rate is given, or the articles state none of its kind)."""
    if not articles:
        return []
    text = "\n".join(squash(t) for _, t in articles)
    stated: dict[tuple[str, str], set[float]] = {}
    for m in _RATE.finditer(text):
        stated.setdefault((m.group(1), m.group(3)), set()).add(float(m.group(2)))
    for m in _RATE.finditer(squash(sentence)):
        given = stated.get((m.group(1), m.group(3)))
        if given and float(m.group(2)) not in given:
            shown = "、".join(f"每{m.group(1)}{g:g}{m.group(3)}" for g in sorted(given))
            return [f"“{m.group(0)}”的数额与原文不符（原文：{shown}）"]
    return []
