"""Figures a sentence says in words where the passage writes them another way: a fraction in
words (五分之一) or in digits (1/5), an ordinal of one (第一次, which a passage writes 首次), and a
year counted back from the year the sentence names (2006年…比上一年, where the passage says
与2005年相比).

Each is still a figure the passage must hold: only the form changes, never the value. Read as
before, 五分之一 was looked up as written and 1/5 as the two numbers 1 and 5, so a right sentence
quoting a report's 1/5 in words failed; 第一次 was read as the count 一次 and 上一年 as 一年.
"""
from __future__ import annotations

import re

from ..references import cn_int

_CN = "零一二两三四五六七八九十百"
_CN_FRACTION = re.compile(rf"([{_CN}]+)分之([{_CN}]+)")
_DIGIT_FRACTION = re.compile(r"(?<![\d./])(\d+)/(\d+)(?![\d./])")
# 第一次 / 第二次: an ordinal before a unit of occurrence or order (第一条 is an article, read elsewhere)
_ORDINAL = re.compile(rf"第([{_CN}]+|\d+)(次|年|家|名|人|件)")
# 上一年 / 前一年 / 下一年: the year before (or after) the year the sentence names before it
_RELATIVE_YEAR = re.compile(r"(上|前|下|后)一年")
_YEAR = re.compile(r"(?<!\d)(\d{4})年")


def _int(numeral: str) -> int | None:
    try:
        return int(numeral) if numeral.isdigit() else cn_int(numeral)
    except Exception:
        return None


def fractions(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """(a fraction as the sentence writes it, the forms a passage may write it in): 五分之一 is
    also 1/5, and 1/5 is also 五分之一."""
    out = []
    for m in _CN_FRACTION.finditer(sentence):
        den, num = _int(m.group(1)), _int(m.group(2))
        forms = (m.group(0),) + ((f"{num}/{den}",) if den and num is not None else ())
        out.append((m.group(0), forms))
    for m in _DIGIT_FRACTION.finditer(sentence):
        num, den = int(m.group(1)), int(m.group(2))
        out.append((m.group(0), (m.group(0),) + ((f"{_spelled(den)}分之{_spelled(num)}",) if den else ())))
    return out


def _spelled(n: int) -> str:
    from ..references import int_cn
    return int_cn(n)


def ordinals(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """第一次 is also 第1次 and, for the first, 首次 (首年, 首家 …)."""
    out = []
    for m in _ORDINAL.finditer(sentence):
        n = _int(m.group(1))
        if n is None:
            continue
        unit = m.group(2)
        # (the count it was read as before, 一次, stays a form: nothing passes here that did not)
        forms = (m.group(0), f"第{n}{unit}", m.group(1) + unit, f"{n}{unit}") + ((f"首{unit}",) if n == 1 else ())
        out.append((m.group(0), forms))
    return out


def relative_years(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    """上一年 after 2006年 is 2005 (the passage may say 与2005年相比); with no year before it, it is
    read as before (the phrase, or the count 一年)."""
    out = []
    for m in _RELATIVE_YEAR.finditer(sentence):
        years = [int(y.group(1)) for y in _YEAR.finditer(sentence[:m.start()])]
        literal = (m.group(0), m.group(1) + "年")
        if years:
            step = -1 if m.group(1) in "上前" else 1
            out.append((m.group(0), (f"{years[-1] + step}年",) + literal))
        else:
            out.append((m.group(0), literal + ("一年", "1年")))      # as it was read before
    return out


def spelled(sentence: str) -> tuple[list[tuple[str, tuple[str, ...]]], str]:
    """(the figures read here with their forms, the sentence without them) for `support.figures`."""
    found: list[tuple[str, tuple[str, ...]]] = []
    rest = sentence
    for read in (fractions, ordinals, relative_years):
        got = read(rest)
        found += got
        for shown, _ in got:
            rest = rest.replace(shown, " ", 1)
    return found, rest


_SHARE = r"(\d+(?:\.\d+)?%|\d+/\d+|[一二两三四五六七八九十百]+分之[一二两三四五六七八九十]+)"
_SHARED = re.compile(rf"(?<![\d./])(\d+(?:\.\d+)?)[^。；;\d%]{{0,12}}?占[^。；;\d%]{{0,8}}?{_SHARE}")


def _share_forms(share: str) -> set[str]:
    got = fractions(share)
    return set(got[0][1]) if got else {share}


def shares_moved(sentence: str, text: str) -> list[str]:
    """"PCT国际专利申请1.33万件，约占全国的五分之一" where the passage says "1.33万件，占全国46.9%" and
    gives 1/5 as another figure's share: a share (占…) belongs to the count right before it. Read
    in another form (五分之一 for 1/5), a share found anywhere in the passage would otherwise pass
    beside the wrong count."""
    out = []
    for m in _SHARED.finditer(sentence):
        count, share = m.group(1), m.group(2)
        theirs = [t.group(2) for t in _SHARED.finditer(text) if t.group(1) == count]
        if theirs and not any(_share_forms(share) & _share_forms(t) for t in theirs):
            out.append(f"{count}…占{share}")
    return out


_CHANGE = r"(?:增加|上升|提高|下降|减少|降低|增长|扩大|缩小|增|降|升)"
_END = re.compile(rf"{_CHANGE}(?:到|至)(?:了)?(\d+(?:\.\d+)?)")
_START = r"(?:由|从)[^，,。；;\d]{0,6}?"


def ends_moved(sentence: str, text: str) -> list[str]:
    """"过错情形增加到63种" where the passage says "由原来的63种增加至108种": the figure a change ends
    at, which the passage gives only as where the change starts."""
    out = []
    for m in _END.finditer(sentence):
        n = re.escape(m.group(1))
        ends = re.search(rf"{_CHANGE}(?:到|至)(?:了)?{n}(?![\d.])", text)
        starts = re.search(_START + rf"(?<![\d.]){n}(?![\d.])", text)
        if starts and not ends:
            out.append(f"{m.group(1)}（原文是变化的起点）")
    return out
