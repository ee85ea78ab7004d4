"""A statement that counts something in or out of a period (所需时间不计算在内) says which period
only by pointing back: the period is the one the statement before it sets (…三十个工作日内作出
书面处理决定。需要检验……的，所需时间不计算在内). A draft that writes the period out ("这些时间不
算在30个工作日里") says that statement's own content; its figure is the figure of the period the
statement points back to, and of no other (十个工作日, the extension in the next paragraph, is not
what 在内 refers to, and still fails).
"""
from __future__ import annotations

import re

# the pointing-back words: 计算在内, 计入, 不计算在内, 扣除 (the period is not named in the statement)
_WITHIN = re.compile(r"(?:计算|算|计)在内|计入(?:期限)?$|不计入|扣除")
_PERIOD = r"(?:个工作日|工作日|个月|日|天|小时|年)"


def points_back(text: str) -> bool:
    """Whether a statement counts something in or out of a period it does not name."""
    return bool(_WITHIN.search(text)) and not re.search(rf"\d+{_PERIOD}", text)


def period_before(fig: str, unit, units: list) -> bool:
    """Whether `fig` is the figure of a period the statement just before `unit`, in the same
    article, sets, and `unit` points back to a period."""
    if not points_back(unit.text):
        return False
    # (the unit may be a part of its statement, cut to the words a short clause holds)
    at = [i for i, u in enumerate(units) if u.article == unit.article and unit.text in u.text]
    if len(at) != 1:
        return False
    i = at[0]
    if i == 0 or units[i - 1].article != unit.article:
        return False
    return bool(re.search(rf"(?<![\d.]){re.escape(fig)}\s*{_PERIOD}", units[i - 1].text))
