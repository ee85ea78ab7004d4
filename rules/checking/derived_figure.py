"""A figure worked out from the text's own: "可以在这个标准基础上提高50%，也就是最高可以到7500元"
after "可以给予500元以上5000元以下奖励", where the text gives 5000元 and 提高50% and never 7500元.

Why: an answer does the arithmetic the text leaves to the reader (the raised maximum, the cut
subsidy). The result is no figure of the passage, so the support test flagged the sentence
("7500在第二十八条中找不到").

The reading: a figure X (with its unit) said as the result (也就是 / 即 / 相当于 / 最高可以到 /
最多 / 合计 … just before it), in a sentence that raises or lowers by a share the text gives
(提高 / 增加 / 上浮 P%, 降低 / 减少 / 扣减 / 下浮 P%); the bases are the figures of the same unit in
the sentence or the one before it that the document has. X equal to a base raised or lowered by
P (B × (1 ± P)) is read here and cut, the rest held to the passage as before; X that no base
gives is left, for the support test to miss.
"""
from __future__ import annotations

import re

from . import numerals as N

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:万元|元|个工作日|工作日|个月|小时|日|天|年|人|名|张|个|次)"
_SHARE = re.compile(rf"(提高|增加|上浮|上调|降低|减少|扣减|下浮|下调)(?:了)?({_NUM})%")
_RESULT = re.compile(rf"(?:也就是说?|即|相当于|合计|总共|共计|最高(?:可以|能)?(?:到|达到?)?|最多(?:可以|能)?(?:到|达到?)?|可以?(?:到|达到?))"
                     rf"({_NUM})({_UNIT})")
_UP = ("提高", "增加", "上浮", "上调")


def read(sentence: str, previous: str, texts: list[str]) -> str:
    """The sentence with the worked-out figures it gets right cut (replaced by a break), else as is."""
    if "%" not in sentence:
        return sentence
    plain = N.arabic(sentence)
    shares = [(m.group(1), float(m.group(2)) / 100) for m in _SHARE.finditer(plain)]
    results = list(_RESULT.finditer(plain))
    if not shares or not results:
        return sentence
    doc = N.arabic("\n".join(texts))
    around = plain + "\n" + N.arabic(previous or "")
    cut = []
    for r in results:
        x, unit = float(r.group(1)), r.group(2)
        if re.search(rf"(?<![\d.]){re.escape(r.group(1))}{re.escape(unit)}", doc):
            continue                                   # the text's own figure, held as any
        bases = {float(b.group(1)) for b in re.finditer(rf"(?<![\d.])({_NUM}){re.escape(unit)}", around)
                 if b.start() != r.start(1) and re.search(rf"(?<![\d.]){re.escape(b.group(1))}{re.escape(unit)}", doc)}
        if any(abs(b * (1 + p if verb in _UP else 1 - p) - x) < 1e-6 for b in bases for verb, p in shares):
            cut.append((r.start(1), r.end(2)))
    if not cut:
        return sentence
    out = plain
    for a, z in sorted(cut, reverse=True):
        out = out[:a] + "；" + out[z:]
    return out
