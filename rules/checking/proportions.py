"""Figures read with what they measure: a share's change and a share set beside a fraction.

- **percent or percentage points**: "占GDP比重提高了0.8%" where the report says "提高0.8个百分点".
  The support test compares figures as whole numbers, so 0.8 is found; but a change of a share
  by 0.8 points is not a change by 0.8 per cent. A figure the sentence gives in one of the two
  units, which the passage gives only in the other, is another figure.
- **a share set beside a fraction**: "占全国46.9%，超过了全国的一半" says 46.9 > 50. The
  comparison is arithmetic the sentence makes itself; it is held whatever the passage says.
"""
from __future__ import annotations

import re

from ..references import cn_int
from .sources import squash

_NUM = r"\d+(?:\.\d+)?"
_PERCENT = re.compile(rf"(?<![\d.])({_NUM})\s*[%％]|百分之({_NUM})(?![\d.])")
_POINTS = re.compile(rf"(?<![\d.])({_NUM})\s*个?百分点")


def _shares(text: str) -> tuple[set[str], set[str]]:
    """The numbers a text gives as per cent and as percentage points."""
    plain = squash(text)
    pct = {m.group(1) or m.group(2) for m in _PERCENT.finditer(plain)}
    pts = {m.group(1) for m in _POINTS.finditer(plain)}
    return pct, pts


def unit_changed(sentence: str, text: str) -> list[str]:
    """"0.8%（原文：0.8个百分点）": a figure in per cent that the passage gives only in points, or
    the other way round; [] when none."""
    s_pct, s_pts = _shares(sentence)
    p_pct, p_pts = _shares(text)
    out = [f"{n}%（原文：{n}个百分点）" for n in sorted(s_pct) if n in p_pts and n not in p_pct]
    out += [f"{n}个百分点（原文：{n}%）" for n in sorted(s_pts) if n in p_pct and n not in p_pts]
    return out


# a fraction in words: 一半 / 半数 / 过半 are one half; 三分之一; 三成
_HALF = r"一半|半数"
_FRACTION = r"([一二三四五六七八九十])分之([一二三四五六七八九十])"
_TENTHS = r"([一二三四五六七八九])成"
_ABOVE = r"超过|超出|高于|多于|大于|逾"
_BELOW = r"不到|不足|低于|少于|小于|未到|未超过|没有超过|没超过|不超过|未达到|没有达到|没达"
_COMPARED = re.compile(rf"(?P<cmp>{_ABOVE}|{_BELOW})了?[^，,。；;\d%％]{{0,6}}?(?:的)?(?P<frac>{_HALF}|{_FRACTION}|{_TENTHS})")
_AFTER = re.compile(rf"[^，,。；;\d%％]{{0,8}}?(?P<frac>{_HALF}|{_FRACTION}|{_TENTHS})(?P<cmp>以上|以下|多|还多|不到)")


def _value(frac: str) -> float:
    if re.fullmatch(_HALF, frac):
        return 50.0
    m = re.fullmatch(_FRACTION, frac)
    if m:
        return 100.0 * cn_int(m.group(2)) / cn_int(m.group(1))
    m = re.fullmatch(_TENTHS, frac)
    return 10.0 * cn_int(m.group(1)) if m else -1.0


def misjudged_share(sentence: str) -> list[str]:
    """"46.9%，超过了全国的一半": a share the sentence compares with a fraction in words, the
    comparison false by arithmetic; [] when none. The share compared is the last per cent before
    the comparison, in the same sentence."""
    out = []
    plain = squash(sentence)
    for m in list(_COMPARED.finditer(plain)) + list(_AFTER.finditer(plain)):
        before = [x for x in _PERCENT.finditer(plain[:m.start("frac")])]
        if not before or re.search(r"是否|能否|有没有|是不是|吗", plain[max(0, m.start() - 4):m.end() + 2]):
            continue
        share = float(before[-1].group(1) or before[-1].group(2))
        value = _value(m.group("frac"))
        if value < 0:
            continue
        above = re.fullmatch(rf"{_ABOVE}|以上|多|还多", m.group("cmp")) is not None
        if (above and share <= value) or (not above and share >= value):
            out.append(f"{before[-1].group(0)}与“{m.group('cmp')}{m.group('frac')}”不符")
    return out
