"""A floor or ceiling the text does not set: "监管期限至少2年" where the text says "监管期限为2年",
"每个渡口最多2名" where it says "不少于2名" (branch `wsz4`).

A bound word before a figure (至少 / 不少于 …, 最多 / 不超过 …) turns a fixed figure into a range, or
a range one way into the other; the figure, its unit and the noun before it are all the text's, so
the support test passes the sentence. Read here: for a bound word before a figure with its unit in
the sentence, the places where the held texts give the same figure in the same unit, the noun the
sentence bounds (the two characters before its bound word) within a few characters before it. Where
there are such places and none of them bounds the figure the same way (a lower bound: 不少于, 至少,
以上, 满 …; an upper one: 不超过, 最多, 以下, 以内, 不满 …), the sentence set a bound the text does not.
A noun the text does not put before the figure decides nothing.
"""
from __future__ import annotations

import re

from .numerals import arabic

_UNIT = r"个工作日|工作日|个月|小时|分钟|日|天|周|年|万元|元|%|名|人|次|个|艘|辆"
_LOWER_SAID = r"至少|最少|起码|最低|不低于|不得少于|不少于"
_UPPER_SAID = r"最多|至多|顶多|最长|最高|不多于|不得超过|不超过"
_SAID = re.compile(rf"([\u4e00-\u9fff]{{2}})(?:[为是要需应]{{0,2}})({_LOWER_SAID}|{_UPPER_SAID})"
                   rf"(\d+(?:\.\d+)?)\s*({_UNIT})")
# (the negated words first: 不超过 is an upper bound, though it holds 超过)
_LOWER = re.compile(r"不少于|至少|最少|不低于|不得少于|以上|(?<!不)满|起|(?<![不得])超过|(?<!不)高于|(?<!不)多于")
_UPPER = re.compile(r"不超过|最多|至多|最长|最高|不多于|不得超过|以下|以内|内|不满|不足|(?<!不)低于|(?<![不得])少于|上限")
NEAR = 8                    # characters before the figure where the text must put the noun


def may_concern(text: str) -> bool:
    return bool(re.search(rf"{_LOWER_SAID}|{_UPPER_SAID}", text))


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    texts = [arabic(t) for _, t in held]
    if not texts:
        return []
    for m in _SAID.finditer(arabic(sentence)):
        noun, bound, figure, unit = m.groups()
        lower = re.fullmatch(_LOWER_SAID, bound) is not None
        same_way = _LOWER if lower else _UPPER
        places = 0
        for t in texts:
            for f in re.finditer(rf"(?<![\d.]){re.escape(figure)}\s*{re.escape(unit)}", t):
                before = t[max(0, f.start() - NEAR):f.start()]
                if noun not in before:
                    continue
                places += 1
                around = before[before.rindex(noun) + len(noun):] + t[f.end():f.end() + 3]
                if same_way.search(around):
                    return []
        if places:
            return [f"原文没有给“{noun}”{figure}{unit}设{'下限' if lower else '上限'}（“{bound}”不见于原文）"]
    return []
