"""A yes to a question that asks about a figure holds only where the text has that figure
(branch reg6miss).

"调查期限能延长两次吗？" — "可以，情况复杂的经批准每次可以延长15日。" passed: the lead was judged by
the sentence after it, which is true of the text (可以延长十五日), while the text also says 延长以
一次为限. A yes affirms the question, figure and all; a sentence after it that is true without
that figure does not carry the yes. So an affirmative lead judged by the sentence after it needs
the question's counted figures (a number with its unit: 两次, 三十日, 五人) in that sentence or in
the passage it was verified against; a no is not held to them (the figure may be what it
denies).
"""
from __future__ import annotations

import re

from . import case_in_range as regalarm3_CR
from . import numerals as N

# a counted figure: the number and the unit it counts (天 is 日)
_COUNTED = re.compile(r"(\d+(?:\.\d+)?)\s*(个工作日|个月|小时|次|日|天|年|人|名|项|条|万元|元|%)")


def _figures(text: str) -> set[tuple[str, str]]:
    """The counted figures of a text; a year (2016年) dates what is asked and counts nothing."""
    return {(m.group(1), m.group(2).replace("天", "日")) for m in _COUNTED.finditer(N.arabic(text))
            if not (m.group(2) == "年" and len(m.group(1)) == 4)}


def held(question: str, answer_after: str, passages: list[str]) -> tuple[bool, str] | None:
    """(whether the figures the question asks about are the text's, why), or None when the
    question asks about no counted figure."""
    asked = _figures(question)
    if not asked:
        return None
    have = _figures(answer_after) | set().union(*(_figures(t) for t in passages)) if passages else _figures(answer_after)
    missing = [f"{n}{u}" for n, u in sorted(asked) if (n, u) not in have
               and not regalarm3_CR.holding(float(n), u, answer_after)]   # (800人 in 500人以上不满1000人: case_in_range.py)
    if missing:
        return False, f"问题所问的“{'、'.join(missing)}”不是后一句所依据的原文的数字"
    return True, ""


# the closed class of bare yes answers (a verb the question asks with is one too)
_YES = {"是", "是的", "对", "对的", "可以", "行", "能", "会", "有", "要", "需要"}


def affirms(lead: str, question: str) -> bool:
    """A short lead that says yes (可以。是的。能。) to the question, not no (不能。) nor "it
    depends" (看从什么时候算。)."""
    t = re.sub(r"[，,。.！!\s啊呀的了]", "", lead)
    return bool(t) and (t in _YES or (len(t) <= 3 and t in question)) and not re.match(r"(?:不|没|未|无|否|非|别)", t)
