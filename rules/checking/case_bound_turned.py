"""A case bounded by a figure, said with its bound turned the other way: "满10座的，按照10座计算"
where the text says "不足10座的，按照10座计算" (branch `g18miss`).

Why: a case clause (…的) that opens with a bound word and a figure differs from the text's only in
that word, one or two characters (满 for 不足, 达到 for 不满), under the support test's bar, and
满 / 达到 are none of the bound words the readings of bounds know (不超过, 不少于 …; figure_subject.py
reads a duty's bound, not a case's). Yet the case is the other side of the figure: the rule for the
few is given to the many.

Read: each clause of the sentence that is a case of a figure with its unit ("满10座的", "不足3人的",
"10座以上的", "超过500平方米的") and a direction, below (不足, 不满, 未满, 少于, 低于, 不到, 以下, 以内)
or at least (满, 达到, 超过, 多于, 高于, 以上); the document's case clauses with the same figure and
unit. When the document has such clauses and every one has the other direction, the sentence turns
the bound: unsupported. A bound the text gives inside a case with what it counts after it ("造成3人以上
重伤，或者…的") stands for the sentence's case that names the same count before its figure (重伤3人以上的). A document with a clause of the sentence's direction (either side may be
ruled), or none with that figure, is left to the other readings.
"""
from __future__ import annotations

import re
from typing import Iterable

from .numerals import arabic

_BELOW = r"不足|不满|未满|少于|低于|不到"
_ABOVE = r"满|达到|超过|多于|高于"
_CASE_AT = (r"(?:^|(?<=[，,；;。：:\n]))[^，,；;。：:\n]{{0,{reach}}}?(?P<w>" + _BELOW + "|" + _ABOVE + r")?"
            r"(?P<n>\d+(?:\.\d+)?)(?P<u>[\u4e00-\u9fff]{{1,3}}?)(?P<a>以上|以下|以内)?的(?=[，,；;。]|$|按照?|依照)")
_CASE = re.compile(_CASE_AT.format(reach=12))
# (regalarm3) the text's case clauses read with a longer opening: 预计参加人数1000人以上不满5000人的 puts its
# bound 13 characters in, and read with the sentence's reach the text had only 第七条's 5000人以上的, so
# the text's own 不满5000人的 was "turned"
_TEXT_CASE = re.compile(_CASE_AT.format(reach=40))


def _cases(text: str, case: re.Pattern = _CASE) -> list[tuple[str, str, str, str]]:
    """(figure, unit, "below" / "above", the words) of each case clause of the text with a bound."""
    out = []
    for m in case.finditer(arabic(text)):
        w, a = m.group("w"), m.group("a")
        if w and a or not w and not a:
            continue
        if w == "满" and re.search(r"[期届已未]$", m.string[:m.start("w")]):
            continue                      # 期满, 届满: an end reached, no bound
        below = (w and re.fullmatch(_BELOW, w)) or a in ("以下", "以内")
        words = f"{w or ''}{m.group('n')}{m.group('u')}{a or ''}的"
        out.append((m.group("n"), m.group("u"), "below" if below else "above", words))
    return out


def may_concern(sentence: str) -> bool:
    return "的" in sentence and bool(re.search(rf"(?:{_BELOW}|{_ABOVE})\s*[\d零一二两三四五六七八九十百]|以上的|以下的|以内的", sentence))


def problems(sentence: str, texts: Iterable[str]) -> list[str]:
    """The case whose bound the text only ever says the other way."""
    mine = _cases(sentence)
    if not mine:
        return []
    texts = list(texts)
    theirs = [c for t in texts for c in _cases(t, _TEXT_CASE)]
    for n, u, side, words in mine:
        same = [(s, w) for tn, tu, s, w in theirs if tn == n and tu == u]
        if any(s == side for s in _counted_sides(sentence, n, u, texts)):
            continue          # (the text bounds what the case counts that way: 3人以上重伤 for 重伤3人以上的)
        if same and all(s != side for s, _ in same):
            return [f"“{words}”与原文的界限方向相反（原文：{same[0][1]}）"]
    return []


# (galarm4) a bounded figure the text gives inside a case, with what it counts after it: "造成3人以上
# 重伤，或者…的" is the case 重伤3人以上的 of a sentence, though no 的 follows the figure's bound
_COUNTED_AFTER = re.compile(r"(?P<n>\d+(?:\.\d+)?)(?P<u>[\u4e00-\u9fff]{1,3}?)(?P<a>以上|以下|以内)(?P<noun>[\u4e00-\u9fff]{2,4}?)(?=[，,；;。]|的|或)")


def _counted_sides(sentence: str, n: str, u: str, texts: list[str]) -> list[str]:
    """The directions the texts bound `n` `u` with when they name after it what it counts and the
    sentence names that too, before its figure ("重伤3人以上的")."""
    said = arabic(sentence)
    out = []
    for t in texts:
        for m in _COUNTED_AFTER.finditer(arabic(t)):
            if m.group("n") == n and m.group("u") == u and re.search(
                    re.escape(m.group("noun")) + rf"(?:{_BELOW}|{_ABOVE})?{re.escape(n)}{re.escape(u)}", said):
                out.append("below" if m.group("a") in ("以下", "以内") else "above")
    return out
