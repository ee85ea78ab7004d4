"""Each negation of a clause aligned with the negation of the statement it restates.

The polarity test of `aligned` compares whether a clause says no with whether the parts of the
statement it restates say no, a part counting as restated when half of its word pairs are in the
clause. That choice is made part by part, not word by word, and it misreads three shapes:
- a short negated part whose words the clause uses for another part: "或者调查笔录造假" shares
  调查 with "未调查" of "应当进行入户调查而未调查，或者调查笔录弄虚作假的", but its 调查 is the
  调查 of 调查笔录, the part it restates;
- a negated part restated in fewer words: "不按规定方法和技术规范监测" keeps the 不 of "不按照规定
  的监测方法和技术规范开展监测" but under half of that part's pairs;
- a negation inside a word both sides share (不可抗力): it negates nothing the clause could reverse.
Here the clause is aligned with the statement character by character (the longest common runs
first, each character used once), so every word of the clause has its place in the statement:
a negation of the clause that sits at a negation of the statement is the same negation, said on
both sides; a negated part whose words the clause never takes is not restated. What is left is
compared: a clause says no where a negation of its own has no counterpart, and the statement says
no where a restated part keeps a negation the clause did not align with.
"""
from __future__ import annotations

import re

MIN_RUN = 2               # shortest common run that places a clause's words in the statement


def _runs(a: str, b: str) -> dict[int, int]:
    """The positions of `a` placed in `b`: the longest common run first, then the longest of
    what is left, each character of either side used once; runs shorter than MIN_RUN are not
    placed (a lone character says nothing about where it comes from)."""
    used_a, used_b = [False] * len(a), [False] * len(b)
    placed: dict[int, int] = {}
    while True:
        best = (0, 0, 0)
        for i in range(len(a)):
            if used_a[i]:
                continue
            for j in range(len(b)):
                k = 0
                while i + k < len(a) and j + k < len(b) and not used_a[i + k] and not used_b[j + k] \
                        and a[i + k] == b[j + k]:
                    k += 1
                if k > best[2]:
                    best = (i, j, k)
        i, j, k = best
        if k < MIN_RUN:
            return placed
        for d in range(k):
            used_a[i + d] = used_b[j + d] = True
            placed[i + d] = j + d


# a negation character that is part of a word and negates nothing: 不良 ("bad", 不良行为记录)
_WORD = re.compile(r"不良")


def _negations(text: str, negation: re.Pattern, bounds: list[re.Pattern]) -> set[int]:
    """Where a text negates, the 不 of a bound (不超过, 不低于) aside: that is a direction; and the
    不 of a word (不良行为记录, whose clause "记录不能提前移出" keeps the statement's polarity, g12alarm)."""
    for pat in bounds + [_WORD]:
        text = pat.sub(lambda m: "|" * len(m.group(0)), text)
    return {m.start() for m in negation.finditer(text)}


# the words that name what an act follows, said as one
_BASIS = re.compile(r"依照|按照|依据|遵照|(?<!根)据(?=[本第《])")


def _one_basis(text: str) -> str:
    """The text with each of the words that name what an act follows (依照, 按照, 依据) as 按."""
    return _BASIS.sub("按", text) if re.search(r"依|照|据", text) else text


def polarity(clause: str, text: str, parts: list[str], covered: list[str], negation: re.Pattern,
             bounds: list[re.Pattern]) -> tuple[bool, bool]:
    """(whether the clause says no, whether the statement `text` says no where the clause
    restates it). `parts` are the statement's parts, `covered` those the pair test chose (the
    whole text when it chose none)."""
    # (the colloquial 没 is the text's 未, 逾期没提的 for 逾期未提出的: aligned as one character, so the
    # negation said on both sides is placed on itself; the same length keeps every position: g17alarm)
    # (and the colloquial 按 is the text's 依照 / 按照 / 依据, 未按第6条检测 for 未依照本办法第6条…检测
    # 或者公示…的: one character on both sides, so the negation before it is placed on itself; g18alarm)
    clause, text = _one_basis(clause), _one_basis(text)
    parts, covered = [_one_basis(x) for x in parts], [_one_basis(x) for x in covered]
    placed = _runs(clause.replace("没", "未"), text.replace("没", "未"))
    theirs = _negations(text, negation, bounds)
    mine = _negations(clause, negation, bounds)
    same = {placed[p] for p in mine if placed.get(p) in theirs}
    said = any(placed.get(p) not in theirs for p in mine)
    at = set(placed.values())

    def located(part: str) -> range | None:
        start = text.find(part)
        return range(start, start + len(part)) if start >= 0 else None

    chosen = covered != [text] or text in parts
    # a negated part none of whose words the clause takes is not restated by it
    spans = [s for s in map(located, covered if chosen else []) if s is not None
             and (not any(q in theirs for q in s) or any(q in at for q in s))]
    if not spans:
        # (no part left: the parts the clause's words sit in)
        spans = [s for s in map(located, parts) if s is not None and sum(1 for q in s if q in at) >= MIN_RUN]
    if not spans:
        spans = [range(len(text))]
    held = any(q in theirs and q not in same and _scope_taken(text, q, at) for span in spans for q in span)
    return said, held


_PREFIX = "不未没无非"     # negations that negate what follows them (除外 negates what is before it)


def _scope_taken(text: str, at_neg: int, at: set[int]) -> bool:
    """Whether the clause takes any of the words a negation of the statement negates: those after
    it up to the next mark, 、 included, which ends one of a list of negated conjuncts. "未谋取私利"
    restates the first of "且未谋取私利、未造成人员伤亡的" and says nothing of 造成人员伤亡, so the
    second 未 is not one it dropped (branch wcalarm). A negation that negates what is before it
    (除外) is left as taken."""
    if text[at_neg] not in _PREFIX:
        return True
    for q in range(at_neg + 1, len(text)):
        if text[q] in "，,。；;、：:":
            break
        if q in at:
            return True
    return False


def own_duty(clause: str, text: str, duty: re.Pattern) -> bool:
    """True when every duty word of the clause (应当, 要) sits at a duty word of the statement:
    the clause then keeps the statement's own duty ("应当进行入户调查而调查" of "应当进行入户调查
    而未调查"), and a negation it drops is dropped, not a failure restated as the duty it breaches
    ("要在24小时内采取" for "未在24小时内采取", whose 要 is the clause's own)."""
    placed = _runs(clause, text)
    theirs = {q for m in duty.finditer(text) for q in range(m.start(), m.end())}
    mine = list(duty.finditer(clause))
    return bool(mine) and all(placed.get(p) in theirs for m in mine for p in range(m.start(), m.end()))
