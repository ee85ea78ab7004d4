"""The sentences before, said to be some of what a passage groups under a quoted name: "地区生产总值从
9581.5亿元增加到1.75万亿元；…商事主体从78万户增加到214万户。这些是报告所说“八个大幅增长”里的几项。".

A report names a group (主要指标实现“八个大幅增长”) and lists its members after it, up to the next
group it names (“八个明显下降”). Saying that the figures just given are some of that group is a
claim about where they stand: read here, the sentence (这些 / 以上 / 上述 … 是 / 属于 … “Q” 里的几项 /
之一 / 的一部分) holds when Q is in a passage, the sentences just before it are verified, each gives
a figure, and every figure of theirs (years aside: 和2010年比 says when) stands in that passage after Q and before the next quoted
name. Figures of another group ("这些是“八个明显下降”里的几项" after the growth figures) fail.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..references import cn_int
from .numerals import arabic

_SAID = re.compile(r"^(?:这些|这几项|这几个|以上|上述)(?:[一二两三四五六七八九十几]+(?:项|个|组))?(?:数据|指标|数字)?(?:都|均|也)?(?:是|属于)"
                   r"(?:报告|论文|文章|原文|文中)?(?:所说|所称|提到|说|列)?的?[“「](?P<q>[^”」]{2,20})[”」]"
                   r"(?:里|中|之中|当中)?的?(?:(?P<n>[一二两三四五六七八九十几])(?:项|个)|一部分|部分|之一|内容|之列|成员)?[。！!]?$")
_FIGURE = re.compile(r"\d+(?:\.\d+)?(?![\d.]*年)")      # (a year is the time the figures are of, no member)


def judged(sentence: str, before: list, passages: Iterable) -> tuple[bool, str] | None:
    """(held, why) for such a sentence given the verdicts before it; None when it is none."""
    m = _SAID.match(sentence.strip())
    if m is None:
        return None
    run = []
    for v in reversed(before):
        if v.verdict != "verified" or not _FIGURE.search(arabic(v.text)):
            break
        run.append(v)
    if not run:
        return None
    if m.group("n") and m.group("n") != "几" and cn_int(m.group("n")) != len(run):
        return None                  # a count of the members that is not the sentences' count
    if not m.group("n") and len(run) > 1 and "之一" in sentence:
        return None
    q = m.group("q")
    for p in passages:
        at = p.text.find(q)
        if at < 0:
            continue
        tail = p.text[at + len(q):]
        nxt = re.search(r"[“「]", tail)
        group = arabic(tail[:nxt.start()] if nxt else tail)
        have = set(_FIGURE.findall(group))
        outside = [f for v in run for f in _FIGURE.findall(arabic(v.text)) if f not in have]
        if outside:
            return False, f"{outside[0]}不在{p.label}“{q}”之下"
        return True, f"所列数字都在{p.label}“{q}”之下"
    return None
