"""A case's figure placed inside a range the answer quotes: "重伤9人落在“重伤三人以上九人以下”，
属于情节较重", "死亡3人对应第十四条第一款第（二）项“死亡一人以上三人以下”".

Why: a regulation grades a case by ranges (死亡一人以上三人以下, 直接经济损失十万元以上不满一百万
元), and an answer about a case says where the case's figure falls, quoting the range. The case's
figure is the question's, not the text's, and a range names its upper end after its lower end's
noun, so the support test found neither "9人" nor "3人" where it looked.

The reading: a figure with its noun, a placing verb (落在, 对应, 属于, 符合, 在) and, after an
optional article reference, a quoted span holding a range of the same unit. The figure is set
against the range: its ends included or not as the document's definitions article says (所称
“以上”“以下”包括本数，“不满”不包括本数), or as the words themselves say where it defines nothing
(以上, 以下, 以内 include the end; 不满, 不足, 超过, 低于 do not). The case's noun, when it names
one, must be the range's own: in the quote, or in the document's clause just before the quoted
words (直接经济损失 before 十万元以上不满一百万元). Inside: the placing words are read here and cut,
and the quote and what the sentence says of it are judged as before. Outside, or another noun:
the sentence is wrong. A quote with no range of that unit decides nothing.
"""
from __future__ import annotations

import re

from . import numerals as N
from .case_bounds import definitions

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:个工作日|工作日|个月|小时|万元|元|%|日|天|年|人|名|次|起|家|件)"
_SAME = {"天": "日", "名": "人", "个工作日": "工作日"}
_PLACED = re.compile(rf"(?P<noun>[\u4e00-\u9fff]{{0,6}}?)(?P<v>{_NUM})(?P<u>{_UNIT})(?:的)?"
                     rf"(?:正好|恰好|刚好)?(?:就|也)?(?P<verb>落在|落入|对应|对应于|属于|符合|处在|处于|在)"
                     rf"(?P<ref>第[^“”，,。；;]{{1,24}}?[条款项])?(?:规定的|所说的|中的|里的|的)?(?:区间|范围|标准)?"
                     rf"[“\"](?P<q>[^”\"]+)[”\"]")
# a range of the text: 1人以上3人以下, 100000元以上不满1000000元, 10人以上, 不满100000元
_LOW = re.compile(rf"(?P<lo>{_NUM})(?P<lu>{_UNIT})?(?P<lw>以上|起)(?:(?P<hw0>不满|不足|未满|低于|不超过)?(?P<hi>{_NUM})(?P<hu>{_UNIT})(?P<hw1>以下|以内)?)?")
_HIGH = re.compile(rf"(?P<hw0>不满|不足|未满|低于|不超过|超过)(?P<hi>{_NUM})(?P<hu>{_UNIT})|(?P<hi2>{_NUM})(?P<hu2>{_UNIT})(?P<hw1>以下|以内)")
# what a bound word includes where the document defines nothing
_OWN = {"以上": True, "起": True, "以下": True, "以内": True, "不超过": True,
        "不满": False, "不足": False, "未满": False, "低于": False, "超过": False}
# what the sentence says the range is, right after the quote: ，属于情节较重
_CLASSED = re.compile(r"^[，,]?\s*(?:因此|所以|故|即|也就是)?(?:就|也)?(?:属于|算作?|为|是|构成|对应|定为|认定为)(?P<what>[^，,。；;！!？?]{2,16}?)(?:[，,。；;！!？?]|$)")
_ENDS = re.compile(r"^\s*(?:[。；;！!]|$)")
_PAREN = re.compile(r"[（(][^）)]*[）)]")
_NOUN_DROP = re.compile(r"造成|导致|发生|致|的|了|有|共|一共|总共|其中|如果|若|假如|要是")


def _unit(u: str | None) -> str:
    return _SAME.get(u or "", u or "")


def _includes(word: str, defined: dict[str, bool]) -> bool:
    return defined.get(word, _OWN[word])


def _inside(value: float, unit: str, quote: str, defined: dict[str, bool]) -> bool | None:
    """Whether the value is inside the quote's range of that unit; None: no range of that unit."""
    m = _LOW.search(quote)
    if m is not None and _unit(m.group("hu") or m.group("lu")) == unit and (m.group("lu") or m.group("hu")):
        lo = float(m.group("lo"))
        ok = value > lo or value == lo and _includes(m.group("lw"), defined)
        if m.group("hi"):
            hi, word = float(m.group("hi")), m.group("hw0") or m.group("hw1") or "以下"
            if word == "超过":
                return None
            ok = ok and (value < hi or value == hi and _includes(word, defined))
        return ok
    h = _HIGH.search(quote)
    if h is None:
        return None
    if h.group("hw0"):
        if _unit(h.group("hu")) != unit:
            return None
        hi, word = float(h.group("hi")), h.group("hw0")
        if word == "超过":
            return value > hi or value == hi and _includes(word, defined)
    else:
        if _unit(h.group("hu2")) != unit:
            return None
        hi, word = float(h.group("hi2")), h.group("hw1")
    return value < hi or value == hi and _includes(word, defined)


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _noun_held(noun: str, quote: str, texts: list[str]) -> bool:
    """The case's noun is the range's: in the quote, or in the clause of the document before it."""
    own = _NOUN_DROP.sub("", noun)
    if len(own) < 2:
        return True
    g = _pairs(own)
    if g & _pairs(quote):
        return True
    for t in texts:
        at = t.find(quote)
        while at >= 0:
            before = re.split(r"[，,。；;：:\n]", t[:at])[-1]
            if g & _pairs(before):
                return True
            at = t.find(quote, at + 1)
    return False


def read(sentence: str, texts: list[str]) -> tuple[str, str]:
    """(why the sentence is wrong, "") or ("", the sentence with its placing words cut)."""
    if "“" not in sentence and '"' not in sentence:
        return "", sentence
    plain = N.arabic(sentence)
    if not _PLACED.search(plain):
        return "", sentence
    doc = [N.arabic(t) for t in texts]
    defined = definitions(doc)
    cut: list[tuple[int, int]] = []
    for m in _PLACED.finditer(plain):
        q = m.group("q")
        if not any(q in t for t in doc):
            continue                      # (a quote the text lacks is the quote reading's)
        inside = _inside(float(m.group("v")), _unit(m.group("u")), q, defined)
        if inside is None:
            continue
        if not inside:
            return f"{m.group('v')}{m.group('u')}不在“{q}”的范围内。", ""
        if not _noun_held(m.group("noun"), q, doc):
            return f"“{m.group('noun')}”不是“{q}”所说的。", ""
        tail = _PAREN.sub("", plain[m.end():])
        said = _CLASSED.match(tail)
        if said is None and not _ENDS.match(tail):
            continue                      # (what else the sentence says of the range: judged as before)
        if said is not None:
            what = _pairs(_NOUN_DROP.sub("", said.group("what")))
            homes = [x for t in doc for x in re.split(r"[。\n]", t) if q in x]
            if what and not any(what <= _pairs(h) for h in homes):
                return f"“{q}”所在的原文没有说“{said.group('what')}”（原文：{homes[0] if homes else q}）。", ""
        end = m.start("ref") if m.group("ref") else m.start("q") - 1
        cut.append((m.start(), end))
    if not cut:
        return "", sentence
    for a, b in sorted(cut, reverse=True):
        plain = plain[:a] + plain[b:]
    return "", plain
