"""A yes or no that answers a question carrying a bound ("占全国一半以上吗？", "超过三分之一了吗？",
"不到1/5吧？"), judged by comparing the figure with the bound.

Why: a yes/no lead is otherwise right whenever the sentence after it is supported ("是的。占全国
46.9%。" passed because 46.9% is the report's figure), though 46.9% is not 一半以上. The lead
answers the comparison, so the comparison decides it: the figure the supported sentence states
(per cent, a fraction in words or digits, 成, 一半 / 半数) is set against the question's bound
read in any of those forms, and a yes is right only when the comparison holds, a no only when it
does not. Ratios are compared with ratios, and counts with counts of the same unit (1.33万件 with
1万件); anything else is left undecided (None), so the lead is judged as before.
"""
from __future__ import annotations

import re

from ..references import cn_int

_CN = "零一二两三四五六七八九十百千"
_NUM = rf"(?:\d+(?:\.\d+)?|[{_CN}]+(?:点[{_CN}]+)?)"
# a ratio: 46.9%, 百分之四十, 三分之一, 1/5, 四成, 一半, 半数, 过半
_RATIO = re.compile(rf"(?P<pct>{_NUM})\s*[%％]|百分之(?P<cnpct>{_NUM})|(?P<den>{_NUM})分之(?P<num>{_NUM})"
                    rf"|(?<![\d./])(?P<dn>\d+)/(?P<dd>\d+)(?![\d./])|(?P<cheng>{_NUM})成(?![立为功员])"
                    r"|(?P<half>一半|半数|过半)")
# a count with its unit: 1.33万件, 2万家, 300个
_COUNT = re.compile(rf"(?P<n>{_NUM})(?P<mult>[万亿]?)(?P<unit>[件家个项人名户次所元])")
# the comparison the question asks about, around its bound (before it or after it)
_ABOVE_AFTER = re.compile(r"^(?:以上|多|有余|还多)")
_BELOW_AFTER = re.compile(r"^(?:以下|以内|不到)")
_ABOVE_BEFORE = re.compile(r"(?:超过|超出|多于|高于|大于|不少于|不低于|至少|达到|达|过)$")
_BELOW_BEFORE = re.compile(r"(?:不到|不足|少于|低于|小于|不超过|不高于|至多|最多|未达到|未过|还不到)$")
_ASKS = re.compile(r"吗|吧|么|是否|是不是|有没有|能否|[？?]")


def _value(numeral: str) -> float | None:
    try:
        if re.fullmatch(r"\d+(?:\.\d+)?", numeral):
            return float(numeral)
        if "点" in numeral:
            whole, frac = numeral.split("点", 1)
            return float(f"{cn_int(whole)}.{''.join(str(cn_int(c)) for c in frac)}")
        return float(cn_int(numeral))
    except Exception:
        return None


def _ratio(m: re.Match) -> float | None:
    g = m.groupdict()
    if g["half"]:
        return 0.5
    if g["pct"] or g["cnpct"]:
        v = _value(g["pct"] or g["cnpct"])
        return None if v is None else v / 100
    if g["den"]:
        den, num = _value(g["den"]), _value(g["num"])
        return num / den if den and num is not None else None
    if g["dn"]:
        return int(g["dn"]) / int(g["dd"]) if int(g["dd"]) else None
    v = _value(g["cheng"])
    return None if v is None else v / 10


def _count(m: re.Match) -> tuple[float, str] | None:
    v = _value(m.group("n"))
    if v is None:
        return None
    return v * {"万": 1e4, "亿": 1e8}.get(m.group("mult"), 1), m.group("unit")


def bound(question: str) -> tuple[str, str, float | tuple[float, str]] | None:
    """(direction '>' or '<', 'ratio' or 'count', the bound) of a yes/no question, else None."""
    if not _ASKS.search(question):
        return None
    for kind, pattern in (("ratio", _RATIO), ("count", _COUNT)):
        for m in pattern.finditer(question):
            before, after = question[:m.start()], question[m.end():]
            if _BELOW_BEFORE.search(before) or _BELOW_AFTER.match(after):
                way = "<"
            elif _ABOVE_BEFORE.search(before) or _ABOVE_AFTER.match(after) or m.group(0) == "过半":
                way = ">"
            else:
                continue
            value = _ratio(m) if kind == "ratio" else _count(m)
            if value is not None:
                return way, kind, value
    return None


def stated(text: str, kind: str, unit: str = "") -> float | None:
    """The one figure of that kind a sentence states (None when it states none, or several that
    differ: then which one answers is not read here)."""
    if kind == "ratio":
        found = {v for m in _RATIO.finditer(text) if (v := _ratio(m)) is not None}
    else:
        found = {c[0] for m in _COUNT.finditer(text) if (c := _count(m)) is not None and c[1] == unit}
    return found.pop() if len(found) == 1 else None


def answered(question: str, supported: str) -> bool | None:
    """Whether the comparison the question asks about holds, by the figure of the supported
    sentence after the lead; None when the question has no bound or the sentence no such figure."""
    b = bound(question)
    if b is None or not supported:
        return None
    way, kind, limit = b
    if kind == "ratio":
        got = stated(supported, "ratio")
        target = limit
    else:
        target, unit = limit
        got = stated(supported, "count", unit)
    if got is None:
        return None
    if abs(got - target) < 1e-9:
        # 一半以上 / 以下 include the bound; 超过 / 不到 exclude it
        return bool(re.search(r"以上|以下|以内|不少于|不低于|不超过|不高于|至少|至多|最多|达到", question))
    return got > target if way == ">" else got < target
