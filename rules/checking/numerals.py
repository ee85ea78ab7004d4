"""Figures written in Chinese numerals read as Arabic ones, so that a draft's 10个工作日 is the
text's 十个工作日 (and 百分之八十 is 80%, 一月三十一日 is 1月31日, 五万元 is 50000元).

Only numerals that count something are read: a numeral before a unit or measure word, a
percentage, a date. Article, paragraph and item numbers (第十九条, 第二款, （三）) and words that
merely contain a numeral character (统一, 之一, 一律, 一般) stay as written: references are read by
`rules.references`, and the list marks of an article are its structure, not figures.
"""
from __future__ import annotations

import re
from functools import lru_cache

import cn2an

_DIGITS = "零〇一二两三四五六七八九十百千万"
# a numeral that counts: followed by a unit of time, people or money (the units of a regulation's
# figures); counts of kinds and items (三种, 五项) stay, as the readers of counts read them
_UNITS = ("个工作日|个月|个年度|个小时|工作日|学时|小时|周岁|年度|年|月|日|天|周|次|人|名|元|万元|倍|"
          "分钟|公里|米")
_COUNTED = re.compile(rf"(?<![第{_DIGITS}\d])([{_DIGITS}]+)(?=(?:{_UNITS}))")
_PERCENT = re.compile(rf"百分之([{_DIGITS}]+)")
# a count of kinds or items written in digits (共5种): in Chinese, as the readers of counts read it
_KIND_COUNT = re.compile(r"(?<![\d.第])(\d{1,2})(?=种|项|类)")
# (a 万 that ends its clause, 不含500万, is the amount said just before it without its unit: g16alarm)
_ARABIC_WAN = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)万(?=元|人|件|次|[，,。；;、）)”」\s]|$)")
# words in which a numeral character is no figure: 一般, 一律, 统一, 之一, 唯一, 一并, 一经, 逐一, 进一步
_NOT_FIGURE = re.compile(r"(?:之|统|唯|逐|进|万)一|一(?:般|律|并|经|旦|切|致|起|些|定)")


@lru_cache(maxsize=1 << 14)
def _value(numeral: str) -> str | None:
    try:
        value = cn2an.cn2an(numeral, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return str(int(value)) if value == int(value) else str(value)


@lru_cache(maxsize=1 << 14)
def arabic(text: str) -> str:
    """The text with its counting numerals written in Arabic digits (see the module doc). Memoised:
    the readings of one sentence each ask for the same passages' Arabic form."""
    def percent(m: re.Match) -> str:
        v = _value(m.group(1))
        return f"{v}%" if v is not None else m.group(0)

    def counted(m: re.Match) -> str:
        start = m.start(1)
        window = text_now[max(0, start - 1):m.end(1) + 3]
        if _NOT_FIGURE.search(window) and len(m.group(1)) == 1:
            return m.group(0)
        v = _value(m.group(1))
        return v if v is not None else m.group(0)

    text_now = _PERCENT.sub(percent, text)
    out = _COUNTED.sub(counted, text_now)
    out = _KIND_COUNT.sub(lambda m: str(cn2an.an2cn(int(m.group(1)), "low")), out)
    # 5万元 and 五万元 (now 50000元): one form
    return _ARABIC_WAN.sub(lambda m: str(int(float(m.group(1)) * 10000)) if float(m.group(1)) * 10000 == int(float(m.group(1)) * 10000)
                           else m.group(0), out)
