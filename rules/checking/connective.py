"""Two parts of a case joined by the other connective than the text's (branch `wsz4`): "招牌面积不满
10平方米或者设置高度不超过6米的" where the text says "…不满10平方米且设置高度不超过6米的", or "发生一般
公共安全责任事故，或者造成较大损失或者不良影响的" where the text joins the two with a comma (both
required).

或者 makes either part enough and 且 makes both needed; every other word of the sentence is the
text's, so the support test passes the swap. Read here: for a connective of the sentence (或者 / 或 on
one side, 且 / 并且 / 而且 on the other), the four characters before it and the four after it are
looked for in the held passages, the second right after the first (at most a short gap between). The
gap is the text's own connective: one with 或 joins alternatives; 且 / 并且 / 并 / 同时 / a bare comma
join parts all required. A gap of 、 / 和 / 及 (a list, either reading) or any other words tells
nothing. A sentence's connective that says the other than every place the text joins the same two
parts is wrong. Nothing but the connectives is read here.
"""
from __future__ import annotations

import re

_CONNECTIVE = re.compile(r"[，,]?(或者|或是|或(?![许缺])|并且|而且|(?<![暂尚])且)")
_OR = {"或者", "或是", "或"}
ANCHOR = 4                      # characters of each side the text must hold
MIN_ANCHOR = 3                  # a side shorter than this (after punctuation) is not looked for
_PUNCT = re.compile(r"[，,。；;：:、“”‘’\"'（）()《》\s]")
_GAP_OR = re.compile(r"^[，,]?(?:或者|或是|或)$")
_GAP_AND = re.compile(r"^(?:[，,]|[，,]?(?:并且|而且|且|并|同时))$")
MAX_GAP = 3


def may_concern(text: str) -> bool:
    return bool(_CONNECTIVE.search(text))


def _sides(text: str, m: re.Match) -> tuple[str, str] | None:
    """The anchors either side of the connective: the clause's words before it and after it,
    up to the nearest punctuation on the far side."""
    before = re.split(r"[，,。；;：:、“”（）()《》]", text[:m.start()])[-1]
    after = re.split(r"[，,。；;：:、“”（）()《》]", text[m.end():])[0]
    before, after = _PUNCT.sub("", before)[-ANCHOR:], _PUNCT.sub("", after)[:ANCHOR]
    if len(before) < MIN_ANCHOR or len(after) < MIN_ANCHOR:
        return None
    return before, after


def _text_joins(before: str, after: str, texts: list[str]) -> set[str]:
    """How the texts join `before` and `after` where they hold the two one right after the other:
    'or', 'and' (and 'other' for a gap that says neither)."""
    kinds: set[str] = set()
    pattern = re.compile(re.escape(before) + r"(.{0,%d}?)" % MAX_GAP + re.escape(after))
    for t in texts:
        for m in pattern.finditer(t):
            gap = m.group(1)
            kinds.add("or" if _GAP_OR.match(gap) else "and" if _GAP_AND.match(gap) else "other")
    return kinds


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    texts = [t for _, t in held]
    if not texts:
        return []
    for m in _CONNECTIVE.finditer(sentence):
        sides = _sides(sentence, m)
        if sides is None:
            continue
        said = "or" if m.group(1) in _OR else "and"
        joins = _text_joins(*sides, texts)
        if len(joins) == 1 and said not in joins and "other" not in joins:
            wanted = "或者（任一即可）" if "or" in joins else "并列（都要具备）"
            return [f"原文“{sides[0]}”与“{sides[1]}”之间是{wanted}，这句用的是“{m.group(1)}”"]
    return []
