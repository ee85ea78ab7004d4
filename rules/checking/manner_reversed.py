"""An act said to be done together where the text does it apart, or apart where the text does it
together: "同一游泳场所有两个以上游泳池的，面积合并计算" where the note reads "同一游泳场所有两个以上游泳
池的，按照每个游泳池的池水面积分别计算" (branch `g18miss`).

Why: the manner adverb is two characters (合并 for 分别) in a sentence whose other words are the
text's, under the support test's bar for new words, and the two adverbs are not opposites by
character (exchanged.py) nor of the same length as the stretch they replace. Yet they reverse
what is computed (one area, or each pool's).

Read: a clause of the sentence that says an act V (计算, 适用, 核定 …: the two characters after the
adverb) with a manner of one side (together: 合并, 合计, 累计, 加总, 汇总, 一并, 合起来, 加起来; apart:
分别, 单独, 各自, 逐个, 分开), not negated; the document's sentences that say the same V with the
other side's manner, not negated, and share at least half of the sentence's pairs up to that clause
(its case). When one does and no sentence of the document says V with the sentence's own side, the
sentence reverses the text's manner: unsupported. A text that allows both ways (可以单独适用，也可以
合并适用) has the sentence's side too and is left alone.
"""
from __future__ import annotations

import re
from typing import Iterable

from .sources import bare, bigrams

_TOGETHER = r"合并|合计|累计|加总|汇总|一并|合起来|加起来|加在一起|放在一起|叠加"
_APART = r"分别|单独|各自|逐个|逐一|分开"
_MANNER = re.compile(rf"(?P<t>{_TOGETHER})|(?P<a>{_APART})")
_NEGATED = re.compile(r"(?:不|不能|不得|不应|无需|不需要|不必|不用|没有|未)(?:再|予)?$")
SHARE = 0.5


def _said(text: str) -> list[tuple[str, str, int]]:
    """(side, act, position) of each manner said of an act, not negated: 合并计算 → ("t", "计算")."""
    out = []
    for m in _MANNER.finditer(text):
        act = re.match(r"[\u4e00-\u9fff]{2}", text[m.end():].lstrip("地"))
        if act is None or _NEGATED.search(text[max(0, m.start() - 4):m.start()]):
            continue
        out.append(("t" if m.group("t") else "a", act.group(0), m.start()))
    return out


def may_concern(sentence: str) -> bool:
    return _MANNER.search(sentence) is not None


def problems(sentence: str, texts: Iterable[str]) -> list[str]:
    """The manner the sentence gives an act where the text gives the act the other one."""
    spans = [x for t in texts for x in re.split(r"[。；;\n]", t) if x.strip()]
    for side, act, at in _said(sentence):
        said = [(s, a) for x in spans for s, a, _ in _said(x)]
        if (side, act) in said:
            continue
        upto = sentence[:at + 4]
        mine = bigrams(bare(upto))
        if len(mine) < 4:
            continue
        for x in spans:
            if any(s != side and a == act for s, a, _ in _said(x)) and len(mine & bigrams(bare(x))) / len(mine) >= SHARE:
                word = _MANNER.search(sentence[at:]).group(0)
                other = next(m.group(0) for m in _MANNER.finditer(x) if (m.group("t") is None) == (side == "t"))
                return [f"原文是“{other}{act}”，不是“{word}{act}”（原文：{bare(x)[:40]}）"]
    return []
