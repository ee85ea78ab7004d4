"""A comparison said the other way round, with no figure to hold it: "床位数较多、高于规定数量的养老机构，
可以由其他管理人员兼任安全管理人员" where the text says "床位数不足100张的，可以由其他管理人员兼任".

Why: the readings of bounds hold a bound by its figure (case_bound_turned.py: 超过100张的 for
不足100张的), and `compared` in support.py flags a direction only when the whole passage has no
word of it; an article that bounds the same count both ways (100张以上的…；不足100张的…) lends the
turned sentence its word, and a sentence with no figure gives the figure readings nothing.

Read: each comparison of the sentence (超过, 多于, 高于, 大于, 达到, …以上 after a figure: above;
不足, 不满, 未满, 少于, 低于, 小于, …以下 after a figure: below; 不 / 未 / 不得 before the word
turns it: 不少于 is above, 不超过 below), and each statement of the passage (cut at 。；and lines)
that makes a comparison. The sentence's statement is held to the passage's statements that share
most of its words (the comparison words left out), and among them to those that share words with
what it compares (the words before its comparison). When every one of those compares the other
way, the sentence turns the comparison: unsupported. A passage statement of the same direction,
or none sharing its words, leaves the sentence to the other readings; so does a comparison of the
sentence with its figure (不足10座, 超过100万元, 3人以上): the readings of bounds hold it by that figure,
and a statement that grades a count in steps (不超过…的部分；超过…至…的部分) compares both ways.
"""
from __future__ import annotations

import re

_NUMERAL = r"[\d零一二两三四五六七八九十百千万]"
_WORDS = re.compile(rf"不足|不满|未满|少于|低于|小于|多于|高于|大于|超过|达到|不到(?={_NUMERAL}|规定)|"
                    rf"(?<={_NUMERAL})[\u4e00-\u9fff]{{0,2}}?(?P<after>以上|以下)")
_BELOW = {"不足", "不满", "未满", "少于", "低于", "小于", "不到", "以下"}
_TURN = re.compile(r"(?:不得|不应|不能|不可|没有|并未|不|未|没)$")
_STATEMENT = re.compile(r"[^。；;\n]+")
_CLAUSE_CUT = re.compile(r"[，,：:、]")
_PLAIN = re.compile(r"[^\u4e00-\u9fff\d]")


def _comparisons(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, word, below) of each comparison of the text, its turning word read."""
    out = []
    for m in _WORDS.finditer(text):
        start = m.start("after") if m.group("after") else m.start()
        word = m.group("after") or m.group(0)
        if text[max(0, start - 1):start] == "“" or text[m.end():m.end() + 1] == "”":
            continue                      # 所称“超过”“低于”: the word named, no comparison
        below = word in _BELOW
        if not m.group("after") and _TURN.search(text[max(0, start - 2):start]):
            below = not below
        out.append((start, m.end(), word, below))
    return out


def _grams(text: str) -> set[str]:
    plain = _PLAIN.sub(" ", text)
    return {plain[i:i + 2] for i in range(len(plain) - 1) if " " not in plain[i:i + 2]}


def _without(text: str, spans: list[tuple[int, int, str, bool]]) -> str:
    for start, end, *_ in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def turned(sentence: str, text: str) -> list[str]:
    """The comparisons of the sentence that the passage's closest statements make the other way."""
    theirs = []
    for m in _STATEMENT.finditer(text):
        spans = _comparisons(m.group(0))
        if spans:
            theirs.append((m.group(0), spans, _grams(_without(m.group(0), spans))))
    if not theirs:
        return []
    out = []
    for sm in _STATEMENT.finditer(sentence):
        said = sm.group(0)
        spans = _comparisons(said)
        if not spans:
            continue
        mine = _grams(_without(said, spans))
        scored = [(len(mine & g), t, s) for t, s, g in theirs]
        best = max(n for n, *_ in scored)
        if best < 3:
            continue
        closest = [(t, s) for n, t, s in scored if n == best]
        for start, end, word, below in spans:
            if word in ("以上", "以下") or re.match(rf"\s*(?:了|到)?{_NUMERAL}", said[end:]):
                continue                  # a bound with its figure: the figure readings hold it
            subject = _grams(_CLAUSE_CUT.split(said[:start])[-1] if _CLAUSE_CUT.split(said[:start])[-1] else said[:start])
            subject = subject or _grams(said[:start])
            sides = [b for t, s in closest for a, _e, _w, b in s if subject & _grams(t[:a])]
            if sides and all(b != below for b in sides):
                shown = next(w for t, s in closest for a, _e, w, b in s if subject & _grams(t[:a]))
                out.append(f"{word}（原文为“{shown}”，比较方向相反）")
    return out
