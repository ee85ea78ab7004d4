"""What a quoted phrase is said to name: "作者把行政责任体系概括为“奖勤罚懒”" where the paper says
"这两个闭环都应同时具有正、负反馈的功能，通俗地讲，就是奖勤罚懒".

把 / 将 Y + a verb of naming or summing up (概括 / 归纳 / 总结 / 称 / 形容 / 表述 …) + 为 “Q”, or Y
被…为“Q”, says that Q is the text's word for Y. The quotation check finds Q word for word and the
support test finds Y somewhere in the same passage (行政责任体系 is the section's heading), so the
sentence passes; yet the text says Q of something else. Read here: the source sentences that say Q
(with the one before them, where the thing they take up by 这 / 上述 is named) must have Y's
content pairs (MIN_SHARE of them); when Q is said and none of its sentences names Y, the sentence
is unsupported. A quotation the sources never say is left to the quotation check. The 用“Q”来概括Y
order is read in the 把 order first (quoted_instrument.py).
"""
from __future__ import annotations

import re

from . import quoted_instrument
from .support import _content_pairs

MIN_SHARE = 0.5
_NAMED = re.compile(r"(?:把|将)(?P<y>[^，,。；;！？“”]{2,30}?)(?:被)?(?:概括|归纳|总结|概称|称|称作|叫|叫做|形容|表述|比喻|描述)为?"
                    r"[“「](?P<q>[^”」]{2,20})[”」]")
_PASSIVE = re.compile(r"(?P<y>[^，,。；;！？“”把将]{2,30}?)被(?:作者|论文|文章|报告)?(?:概括|归纳|总结|概称|称|称作|叫做|形容|表述|比喻|描述)为"
                      r"[“「](?P<q>[^”」]{2,20})[”」]")
_OWNER = re.compile(r"^(?:作者|论文|文章|报告|本文|该文|文中|他|她|它)")


def may_concern(sentence: str) -> bool:
    return ("“" in sentence or "「" in sentence) and bool(re.search(r"概括|归纳|总结|称|叫|形容|表述|比喻|描述", sentence))


def problems(sentence: str, passages: list[str]) -> list[str]:
    """Why the thing a quoted phrase is said to name is not what the sources say it of."""
    text = quoted_instrument.reordered(sentence)
    for m in list(_NAMED.finditer(text)) + list(_PASSIVE.finditer(text)):
        y = _OWNER.sub("", m.group("y").strip())
        q = m.group("q")
        pairs = _content_pairs(y)
        if len(pairs) < 2:
            continue
        said = []
        for p in passages:
            if q not in p:
                continue
            parts = re.split(r"(?<=[。；;！？!?\n])", p)
            for i, s in enumerate(parts):
                if q in s:
                    said.append((parts[i - 1] if i else "") + s)
        if not said:
            continue
        if not any(len(pairs & _content_pairs(s)) / len(pairs) >= MIN_SHARE for s in said):
            return [f"原文的“{q}”说的不是“{y}”（原文：{said[0].strip()[-60:]}）"]
    return []
