"""A case figure set against a bound of the regulation: "正好2次也算在内", "3个月和6个月都包括在内",
"79%低于80%", "正好90%的不属于“低于90%”" (branch regalarm).

Why: a regulation states its thresholds as bounds (二次以上, 低于百分之八十, 三个月以上六个月以下)
and says, in a definitions article, which bound words include the number itself (所称“以上”
“以下”，包括本数；所称“低于”，不包括本数). A right draft applies them to a case: the bound's own
number said to be inside or outside it, or the case's figure (the question's 79%) compared with the
bound. Neither figure is a statement of the text, so the support test, which asks every figure to
be in the passage, flagged them ("79在第七条（一）中找不到", "2在第三十二条中找不到").

The reading, from the structure any regulation has:
- a figure said to be inside or outside a bound (正好N也算在内, N和M都包括在内, 正好N不属于…) is
  held to the bound the document puts on that number (N以上, 低于N, N以下 …) and to the
  document's own definition of that bound word (or the word's own sense: 不超过N has N in it). It
  agrees: the clause is read as shown and left out of what the passage must hold; it disagrees:
  the sentence is wrong. A number the document bounds nowhere, or a bound word it does not define,
  is left to the support test (which still asks for the figure);
- a comparison of two figures (A低于B) is arithmetic: false, the sentence is wrong; true, with A
  the question's case figure and B a figure of the document, the comparison is read as shown.
"""
from __future__ import annotations

import re

from . import numerals as N

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:个工作日|工作日|个月|学时|小时|%|万元|元|次|起|日|天|年|人|名|项|家|件)"
# the definitions: 所称“以上”“以下”“以内”，包括本数；所称“超过”“低于”，不包括本数
# (the words quoted with “…”, or with straight quotes or 「…」 as a Markdown regulation may write them:
# 本办法所称"以上""以下"，包括本数; g23alarm)
_DEFINED = re.compile(r"所称((?:[“\"「][^”\"」]{1,4}[”\"」][、，,]?)+)[，,]?(不)?(?:包括|包含|含)本数")
# the definitions go on past a semicolon without 所称 again: 所称“以上”…，包括本数；“超过”“低于”，不包括本数
_DEFINED_MORE = re.compile(r"[；;]((?:[“\"「][^”\"」]{1,4}[”\"」][、，,]?)+)[，,]?(不)?(?:包括|包含|含)本数")
# a bound the document puts on a number: the word after it, or before it
_AFTER = re.compile(rf"({_NUM})({_UNIT})?(以上|以下|以内|内)")
_BEFORE = re.compile(rf"(不超过|不低于|不少于|不高于|不多于|超过|低于|少于|高于|多于|不足|不满)({_NUM})({_UNIT})?")
# the sense a bound word has of itself, where no definition says otherwise
_OWN = {"不超过": True, "不低于": True, "不少于": True, "不高于": True, "不多于": True, "不足": False, "不满": False}
# a case figure said to be inside or outside its bound
_INSIDE = r"(?:算在内|在范围内|在这个范围内|在此范围内|包括在内|包含在内|在内|算在里面|属于|算|符合)"
_EXACT = re.compile(rf"(?:正好|恰好|整整|刚好|刚刚|恰恰)({_NUM})({_UNIT})?(?:的)?(?P<tail>[^，,。；;]{{0,12}}?)"
                    rf"(?P<neg>不|并不|不会|没有)?(?:也|都|均|同样|仍然|仍)?(?:要)?{_INSIDE}")
# a figure with nothing before it, said inside or outside in so many words: 6个月也包括在内
# (g20alarm) or with the exactness after the figure, 5人正好在内: then a bare 在内 says it too
_BARE = re.compile(rf"(?<![\d.])({_NUM})({_UNIT})(?:本身)?(?P<exact>正好|恰好|刚好|恰恰)?(?P<tail>)(?P<neg>不|并不)?"
                   rf"(?:也|都|均|同样)?(?:包括在内|算在内|包含在内|在范围内|(?(exact)在内|(?!)))")
_BOTH = re.compile(rf"({_NUM})({_UNIT})?(?:和|与|、|跟)({_NUM})({_UNIT})?(?:都|均|也都)(?P<neg>不)?(?:要)?{_INSIDE}")
# two figures compared: 79%低于80%
_LESS = ("低于", "少于", "小于", "不到", "不足", "未达到", "没达到", "没有达到")
_MORE = ("高于", "超过", "多于", "大于", "超出")
_COMPARED = re.compile(rf"({_NUM})({_UNIT})?({'|'.join(_LESS + _MORE)})({_NUM})({_UNIT})?")
# two figures of one classifier the unit list does not know, the same on both sides: 6座不足10座 (g16alarm)
_COMPARED_SAME = re.compile(rf"({_NUM})([\u4e00-\u9fff])({'|'.join(_LESS + _MORE)})({_NUM})(\2)")
# a unit written after a figure that _UNIT does not know (微克, 立方米, 分贝): any character that is
# not a mark, a digit or a word that ends the figure's phrase
_UNKNOWN_UNIT = re.compile(r"[^\s\d.，,。；;：:、）)”\"的了是就也都而且或和与及]")
_QUOTED_WORD = re.compile(r"[“\"]([^”\"]{1,4})[”\"]")


def definitions(texts: list[str]) -> dict[str, bool]:
    """Bound word -> whether the document says it includes the number itself."""
    out: dict[str, bool] = {}
    for t in texts:
        for m in _DEFINED.finditer(t):
            while m is not None:
                for w in re.findall(r"[“\"「]([^”\"」]{1,4})[”\"」]", m.group(1)):
                    out[w] = m.group(2) is None
                m = _DEFINED_MORE.match(t, m.end())
    return out


def _unit(u: str | None) -> str:
    return {"天": "日", "个工作日": "工作日", "名": "人"}.get(u or "", u or "")


def bounds(texts: list[str]) -> dict[tuple[str, str], set[str]]:
    """(number in Arabic, unit) -> the bound words the document puts on it."""
    out: dict[tuple[str, str], set[str]] = {}
    for t in texts:
        t = N.arabic(t)
        for m in _AFTER.finditer(t):
            out.setdefault((m.group(1), _unit(m.group(2))), set()).add(m.group(3))
        for m in _BEFORE.finditer(t):
            out.setdefault((m.group(2), _unit(m.group(3))), set()).add(m.group(1))
    return out


def _inclusion(number: str, unit: str | None, said_words: list[str], bound: dict[tuple[str, str], set[str]],
               defined: dict[str, bool]) -> tuple[str, bool] | None:
    """(the bound word, whether it includes the number) for a number the document bounds (in the
    unit the sentence gives it, when it gives one); of several words, the one the sentence names;
    None when the document bounds the number with no word whose sense is known, or with words of
    opposite senses the sentence does not choose."""
    words = set().union(*[w for (n, u), w in bound.items() if n == number and (not unit or u == _unit(unit))])
    known = {w: defined.get(w, _OWN.get(w)) for w in words}
    known = {w: v for w, v in known.items() if v is not None}
    chosen = {w: v for w, v in known.items() if w in said_words} or known
    if not chosen or len(set(chosen.values())) > 1:
        return None
    w = sorted(chosen)[0]
    return w, chosen[w]


_CN = "零一二两三四五六七八九十百千万"
# a range as the document writes it: 三个月以上六个月以下 (the unit may be said once, at the end)
_DOC_RANGE = re.compile(rf"([{_CN}\d]+)({_UNIT})?以上([{_CN}\d]+)({_UNIT})(以下|以内)")
# a range as a draft says it: 3到6个月, 3至6个月, 3-6个月, 3个月到6个月
_SAID_RANGE = re.compile(rf"({_NUM})({_UNIT})?(?:到|至|-|－|—|～|~)({_NUM})({_UNIT})")


def ranged(sentence: str, texts: list[str]) -> str:
    """The sentence with a range it says as "3到6个月" written as the document writes that range
    (三个月以上六个月以下), when the document has it and its bound words include their numbers (its
    definitions say so, or say nothing of them): both say the same ends, both included. A range
    the document does not have (3到8个月) is left as said, for the support test to miss."""
    defined = definitions(texts)
    plain = N.arabic(sentence)
    for m in _SAID_RANGE.finditer(plain):
        lo, hi, unit = m.group(1), m.group(3), _unit(m.group(4))
        if m.group(2) and _unit(m.group(2)) != unit:
            continue
        for t in texts:
            for d in _DOC_RANGE.finditer(t):
                read = _DOC_RANGE.match(N.arabic(d.group(0)))
                if read is None or (read.group(1), read.group(3), _unit(read.group(4))) != (lo, hi, unit):
                    continue
                if defined.get("以上", True) and defined.get(d.group(5), True):
                    return plain[:m.start()] + d.group(0) + plain[m.end():]
    return sentence


def read(sentence: str, question: str, texts: list[str], said: str = "") -> tuple[str, str]:
    """(why the sentence is wrong, "") or ("", the sentence without the case clauses read here).
    `said`: the sentence as written, its quotes kept (where it may quote the bound it applies)."""
    sentence = ranged(sentence, texts)
    plain = N.arabic(sentence)
    defined = definitions(texts)
    bound = bounds(texts)
    said_words = _QUOTED_WORD.findall(plain) + [w for w in set().union(*bound.values()) if w in plain] \
        if bound else []
    cut: list[tuple[int, int]] = []
    exact = list(_EXACT.finditer(plain))
    own = bounds([plain, said])
    for m in exact + [b for b in _BARE.finditer(plain) if not any(e.start() <= b.start() < e.end() for e in exact)]:
        if m.re is _BARE and m.group("exact") and (m.group(1), _unit(m.group(2))) not in own:
            continue        # (5人正好在内: only of a bound the sentence itself puts on that number)
        got = _inclusion(m.group(1), m.group(2), said_words, bound, defined)
        if got is None:
            continue
        word, inside = got
        said = m.group("neg") is None and not re.search(r"不|没|未", m.group("tail"))
        if said != inside:
            return (f"原文所称“{word}”{'包括' if inside else '不包括'}本数，"
                    f"{m.group(1)}{m.group(2) or ''}{'在' if inside else '不在'}其内。"), ""
        cut.append(m.span())
    for m in _BOTH.finditer(plain):
        got = [_inclusion(m.group(i), m.group(i + 1) or m.group(4), said_words, bound, defined) for i in (1, 3)]
        if any(g is None for g in got):
            continue
        said = m.group("neg") is None
        wrong = [g for g in got if g[1] != said]
        if wrong:
            w, inside = wrong[0]
            return f"原文所称“{w}”{'包括' if inside else '不包括'}本数。", ""
        cut.append(m.span())
    asked = set(re.findall(_NUM, N.arabic(question)))
    held = {n for n, _ in bound} | {x for t in texts for x in re.findall(_NUM, N.arabic(t))}
    for m in [*_COMPARED.finditer(plain), *(x for x in _COMPARED_SAME.finditer(plain) if not re.fullmatch(_UNIT, x.group(2)))]:
        a, b = float(m.group(1)), float(m.group(4))
        if m.group(2) and m.group(5) and m.group(2) != m.group(5):
            continue                      # figures of different units are not compared here
        if bool(m.group(2)) != bool(m.group(5)) and _UNKNOWN_UNIT.match(plain, m.end()):
            # "连续2小时超过150微克/立方米": the second figure in a unit the list does not know, the
            # first in one it knows: a duration beside a threshold, two measures, not one compared
            continue
        true = a < b if m.group(3) in _LESS else a > b
        if not true:
            return f"{m.group(1)}{m.group(2) or ''}并不{m.group(3)}{m.group(4)}{m.group(5) or ''}。", ""
        # (a case figure with its classifier, 6座, is the asker's even where the text has a 6 of its own)
        if m.group(1) in asked and m.group(4) in held and (m.group(1) not in held or m.re is _COMPARED_SAME):
            cut.append(m.span())          # the case's figure set against the bound, read here
    if not cut or plain != sentence and len(plain) != len(sentence):
        # (spans are of the Arabic reading; cut from it only when it is what the checker reads)
        return "", _cut(plain, cut) if cut else sentence
    return "", _cut(sentence, cut)


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in sorted(spans, reverse=True):
        text = text[:a] + text[b:]
    return text
