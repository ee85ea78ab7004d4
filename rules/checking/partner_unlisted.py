"""The partner of a combining sentence must be one of the regulation's own measures.

A paragraph such as 第十条第二款 ("训诫、…、责令公开道歉可以单独适用也可以和其他问责方式合并适用")
lets its measures be combined with *other measures of the same regulation*. A sentence that
restates it may name the partner: "责令公开道歉可以与免职合并适用" (免职 is one of its measures,
judged by the combining reading), or "…可以与其他问责方式合并适用" (the other measures, as the
text says). A partner that is neither ("…可以与行政拘留合并适用", "…和罚款一起用") is something the
text never lets the measure be combined with: the paragraph speaks of its own 问责方式 only. So
the object of 与/和/同/跟 before the combining verb must either carry a measure the book knows
or refer to the other measures in general; anything else leaves the sentence unsupported
(fail closed).
"""
from __future__ import annotations

import re
from typing import Callable

# 与X合并适用 / 和X一起使用 / 同X叠加: X is the partner
_PARTNER = re.compile(r"(?:与|和|同(?!一)|跟)(?P<x>[^，,；;。：:与和同跟可能不得应要里中内]{2,16}?)(?:一起|一并|同时)?"
                      r"(?:合并|同时|一起|叠加|搭配|并)(?:适用|使用|采用|用)")
# words that refer to the other measures in general, or back to ones already named
_GENERAL = re.compile(r"其他|其它|别的|另外|另一|其余|上述|前述|以上|上面|这些|这几|那些|它们|之|任何|所有|各|多种|"
                      r"方式|措施|形式|前面|第")


def unlisted(sentence: str, is_measure: Callable[[str], bool]) -> str | None:
    """The partner named in a combining clause that is no measure of the regulation and does not
    refer to its other measures in general, or None. `is_measure(x)`: whether x carries a
    measure the book knows."""
    for m in _PARTNER.finditer(sentence):
        x = re.sub(r"^(?:其他)?(?:的)?", "", m.group("x")).strip()
        if is_measure(x) or _GENERAL.search(x):
            continue
        return x
    return None
