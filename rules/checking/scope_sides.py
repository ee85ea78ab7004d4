"""Which side of a regulation's scope a case is on: "民办幼儿园不适用这个办法" where the text says
本办法适用于…公办和民办中小学校、幼儿园 and only 校外培训机构 is left out (branch reg6miss).

A scope article says both what it covers (适用于…) and what it does not (…，不适用本办法), so the
support test finds every word of a wrong side in it — 民办, 幼儿园 in the first paragraph, 不适用
本办法 in the second — and "民办幼儿园不适用这个办法" passed, as did the bare "不适用。" answering
whether a 民办幼儿园 is covered. Here a clause that puts a case on one side (X适用 / 不适用 本办法,
本办法(不)适用于X) is held to the two sides the text draws: when the case's words are clearly
those of one side (most of its pairs there, clearly more than on the other), the clause must put
it on that side.
"""
from __future__ import annotations

import re

from .numerals import arabic
from .sources import SourceText, bare, bigrams

_KIND = r"(?:办法|规定|条例|细则|规则)"
_OURS = rf"(?:本|这个|这部|该|此|这一?)?{_KIND}"
# a clause that puts a case on a side: X（不）适用本办法 / 本办法（不）适用于X
_SAID = [re.compile(rf"(?P<x>[^，,。；;：:]{{2,30}}?)(?:也|都|就|则)?(?P<neg>不|不能|无法)?(?:适用于|适用){_OURS}"),
         re.compile(rf"{_OURS}(?:也|都|就)?(?P<neg>不|不能)?(?:适用于|适用|管)(?P<x>[^，,。；;：:]{{2,30}})")]
# the text's two sides
_IN = re.compile(rf"{_OURS}适用于(?P<x>[^。]*)|(?P<y>[^。\n]*?)[，,]?(?<!不)适用{_OURS}")
_OUT = re.compile(rf"(?P<x>[^。；;\n]*?)[，,]?不适用{_OURS}(?![第\d])")
MIN_SIDE = 0.5           # share of the case's pairs on its side
MARGIN = 0.3             # and this much more than on the other side


def _sides(whole: list[SourceText]) -> tuple[set[str], set[str], SourceText | None]:
    inside, outside, where = set(), set(), None
    for p in whole:
        text = arabic(p.text)
        for m in _OUT.finditer(text):
            outside |= bigrams(bare(m.group("x")))
            where = where or p
        for m in _IN.finditer(text):
            inside |= bigrams(bare(m.group("x") or m.group("y") or ""))
    return inside, outside, where


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    said = [(m.group("x"), bool(m.group("neg"))) for rx in _SAID for m in rx.finditer(arabic(sentence))]
    if not said:
        return []
    inside, outside, where = _sides(whole)
    if not inside or not outside or where is None:
        return []
    out = []
    for case, negated in said:
        mine = bigrams(bare(re.sub(r"^(?:像|比如|例如|对|那|那么|如果|要是)", "", case)))
        if len(mine) < 2:
            continue
        a, b = len(mine & inside) / len(mine), len(mine & outside) / len(mine)
        side = "in" if a >= MIN_SIDE and a - b >= MARGIN else "out" if b >= MIN_SIDE and b - a >= MARGIN else None
        if side is None or (side == "out") == negated:
            continue
        out.append(f"按{where.label}，“{case.strip()}”" + ("在适用范围之内" if side == "in" else "不适用本" + "办法"
                                                        if "办法" in where.doc_title else "不在适用范围之内"))
    return out
