"""A bound and a count of days said in everyday words, read as the text's own words.

A restatement says "最多延15天" where the text says "延长期限不超过十五日", "至少巡查2次" where it
says "不少于2次": the same bound in the words people use. The support test compares character
pairs, so these words share none with the text's and a faithful sentence reads as unsupported.
Before pairs are compared, both sides are put in one form: an upper bound before a figure
(最多, 至多, 顶多, 最长, 最高 and the text's 不超过, 不多于) becomes 不超过, a lower bound
(最少, 至少, 起码, 最低, 不低于) becomes 不少于, and a number of 天 becomes 日. Only the wording
changes; a changed figure or a bound turned the other way still differs, and the readings of
figures and bounds (figure_bound.py, case_bounds.py) hold them as before.
"""
from __future__ import annotations

import re
from functools import lru_cache

# a bound word counts only before a figure with its unit (最多的是哪一类 is no bound)
_FIGURE_AHEAD = (r"(?=[^，,。；;：:\n\d]{0,4}?(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)\s*"
                 r"(?:个|万|千|百)?(?:次|日|天|小时|分钟|周|月|年|工作日|人|名|家|件|元|倍|%|项|条|处|辆|台|张))")
_UPPER = re.compile(r"(?:最多|至多|顶多|最长|最高|不多于|不得超过|不超过)" + _FIGURE_AHEAD)
_LOWER = re.compile(r"(?:最少|至少|起码|最低|不低于|不得少于|不少于)" + _FIGURE_AHEAD)
_DAYS = re.compile(r"(?<=[\d零一二两三四五六七八九十])天")


@lru_cache(maxsize=1 << 14)
def one_form(text: str) -> str:
    """The text with its bounds and days in one wording (see the module docstring)."""
    if not re.search(r"最|至|顶|起码|不多于|不超过|不低于|不少于|天", text):
        return text
    return _DAYS.sub("日", _LOWER.sub("不少于", _UPPER.sub("不超过", text)))
