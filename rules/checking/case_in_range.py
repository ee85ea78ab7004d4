"""The asker's case given by a figure, answered by the range of the text that holds it: "800人的音乐节也要
按这个办法追责吗？" — "要参照执行。预计500人以上不满1000人的活动…参照本办法…" (branch `regalarm3`).

Why: a question often gives its case as one figure (800人, 3个月, 2万元) where the text sets out cases by
ranges (500人以上不满1000人). A yes, or a short answer completed with the question's subject (800人的音乐节
也要参照执行), then carries the asker's figure, which no article has: it was "not found" (asked_figure,
support), though the sentence after the lead states the range and the figure lies inside it.

Read here: a range of two bounds in one unit (500人以上不满1000人, 3人以上10人以下; 以上 and 以下 include
their bound, 不满 / 不足 / 不到 / 未满 exclude it) in the sentence after the lead, which is itself judged
against the text. A question's figure inside it is that range's case: `holding` says so to the yes
(asked_figure), and `placed` writes the range for the figure in an answer completed with the question's
subject, so that the claim is held to the text in the text's terms (an affirmative answer only: a no,
不用参照执行, keeps the asker's figure). A single bound, another unit, or the
figure outside the range (1200人 beside 不满1000人) holds nothing, and the figure stays the asker's.
"""
from __future__ import annotations

import re

from . import numerals as N

_UNIT = r"(个工作日|个月|小时|次|日|天|年|人|名|项|条|万元|元|%)"
_RANGE = re.compile(rf"(\d+(?:\.\d+)?)\s*{_UNIT}?以上(不满|不足|不到|未满)?(\d+(?:\.\d+)?)\s*{_UNIT}(以下)?")
_NEGATION = re.compile(r"[不没未无非别否]")
_COUNTED = re.compile(rf"(\d+(?:\.\d+)?)\s*{_UNIT}")


def _unit(u: str) -> str:
    return u.replace("天", "日")


def range_of(n: float, unit: str, text: str) -> str | None:
    """The text of the first range of `text` in the unit that holds n, else None."""
    if "以上" not in text:
        return None
    for m in _RANGE.finditer(N.arabic(text)):
        if {_unit(m.group(2) or m.group(5)), _unit(m.group(5))} != {_unit(unit)} or bool(m.group(3)) == bool(m.group(6)):
            continue                    # (one bound word on the upper side: 不满 or 以下, not both nor none)
        lo, hi = float(m.group(1)), float(m.group(4))
        if lo <= n and (n < hi if m.group(3) else n <= hi):
            return m.group(0)
    return None


def holding(n: float, unit: str, text: str) -> bool:
    return range_of(n, unit, text) is not None


def placed(completed: str, answer: str, following: str) -> str:
    """The completed answer with each figure the question lent it (not in the answer's own words)
    written as the range of the sentence after that holds it; unchanged when there is none."""
    if not following or "以上" not in following or _NEGATION.search(answer):
        return completed                # (a no keeps the asker's figure: what it denies is left to the readings)
    mine = N.arabic(answer)
    moved = False

    def put(m: re.Match) -> str:
        nonlocal moved
        if m.group(0) in mine or (r := range_of(float(m.group(1)), m.group(2), following)) is None:
            return m.group(0)
        moved = True
        return r

    out = _COUNTED.sub(put, N.arabic(completed))
    return out if moved else completed
