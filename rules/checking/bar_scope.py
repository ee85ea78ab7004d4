"""A bar (不得 / 不能 / 禁止 …) said over an act the text bars nowhere, where the text's bar in the same
article governs another act (branch `g15miss`).

"被追究对象不得要求听证" where the article says "被追究对象可以要求听证" and "不得因被追究对象陈述、申辩
或者要求听证而加重追究" (the 不得 there bars 加重追究; 要求听证 is its reason); "养老机构不得接受第三方
评估" where the article says "区民政部门每年至少组织1次…第三方评估。评估费用…不得向养老机构收取" (the
不得 bars charging the fee). Every word of such a sentence, 不得 with them, is in the article, so
the support test, which holds a sentence to the article as a whole, passes it: a bar governs one
act in one clause. Read here: the act after the sentence's bar (its clause, at least three content
pairs) is looked for under the document's negations, each read over what follows it in its clause
(不 / 不得 / 不予 / 未 / 无 / 禁止 / 免予 / 取消 / 停止 / 暂停 …, a clause with 除外 whole; a reason
因…而 / 因为…就 / 以…为由 right after the negation is not what it bars, in the text
or the sentence). When no negation holds half of the
act's content pairs, while an article that holds most of them (at least SHARE) has a bar of its
own over something else, the sentence bars what the text does not. An act the text
bars in any words (不享受 for 不得享受, …除外, 取消…资格) is held, so a paraphrase of an exception
passes; an act the document barely speaks of is left to the support test.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from .one_clause import _content
from .pointer import without_bracketed
from .sources import bigrams, squash

_BAR = re.compile(r"(?:不得|不能|不可以|不准|不允许|禁止|无权)")
_NEG = re.compile(r"不得|不能|不予|不再|免予|禁止|严禁|取消|停止|暂停|终止|撤销|不|未|无|非")
_CUT = re.compile(r"[，,。；;：:！!？?\n]")
_REASON = re.compile(r"^(?:因为|因|由于|以)(.*?)(?:而|就|便|为由)")
HALF = 0.5
SHARE = 0.6
MIN = 3


def may_concern(sentence: str) -> bool:
    return bool(_BAR.search(sentence))


def _barred(clause: str) -> Iterable[str]:
    """What each negation of a text clause bars: the rest of its clause, a leading reason aside."""
    if "除外" in clause:
        yield clause
    for m in _NEG.finditer(clause):
        rest = clause[m.end():]
        r = _REASON.match(rest)
        yield rest[r.end():] if r else rest


@lru_cache(maxsize=8)
def _index(articles: tuple[str, ...]) -> tuple[tuple[frozenset[str], ...], tuple[tuple[frozenset[str], str], ...]]:
    """The passages read once: what each negation bars (content pairs), and each passage's pairs
    with its first bar word ("" when it has none)."""
    plain = [squash(a) for a in articles]
    scopes = tuple(frozenset(_content(bigrams(s))) for a in plain for c in _CUT.split(a) for s in _barred(c))
    homes = tuple((bigrams(a), (m.group(0) if (m := _BAR.search(a)) else "")) for a in plain)
    return scopes, homes


def _run_on(bar: str, rest: str, articles: tuple[str, ...]) -> bool:
    """(regalarm3) The sentence's bar with the text's own barred words, its next clause run on without the
    text's comma: "…和禁止设置区域依照《…》执行" for "…和禁止设置区域，依照《…》执行", where 禁止设置区域 is a
    noun (the area barred) and the 依照 clause is no act barred. Held when the text says the same bar
    over words the sentence's stretch begins with, its clause ends there, and what the sentence says
    after them is (by most of its content pairs) the text's next clause."""
    for a in articles:
        plain = squash(a)
        for k in (m.end() for m in re.finditer(re.escape(bar), plain)):
            end = _CUT.search(plain, k)
            if end is None or end.start() - k < 2 or not rest.startswith(plain[k:end.start()]):
                continue
            after = _content(bigrams(rest[end.start() - k:]))
            nxt = _CUT.search(plain, end.end())
            following = _content(bigrams(plain[end.end():nxt.start() if nxt else len(plain)]))
            if len(after) >= MIN and len(after & following) >= SHARE * len(after):
                return True
    return False


def problems(sentence: str, articles: Iterable[str]) -> list[str]:
    """The sentence's barred act that no negation of the document holds (empty when one does, or
    when no article that holds the act bars anything)."""
    scopes, homes = _index(tuple(articles))
    # (g20alarm) a bracketed citation after the act is where it is written, not part of what is barred
    for clause in _CUT.split(squash(without_bracketed(sentence))):
        m = _BAR.search(clause)
        if not m:
            continue
        rest = clause[m.end():]
        r = _REASON.match(rest)
        act = _content(bigrams(rest[r.end():] if r else rest))
        if len(act) < MIN:
            continue
        if any(len(act & s) >= HALF * len(act) for s in scopes):
            continue
        if _run_on(m.group(0), rest, tuple(articles)):
            continue
        home = next((bar for grams, bar in homes if bar and len(act & grams) >= SHARE * len(act)), "")
        if not home:
            continue
        return [f"原文没有“{m.group(0)}{clause[m.end():][:16]}”：原文的“{home}”管的是另一件事"]
    return []
