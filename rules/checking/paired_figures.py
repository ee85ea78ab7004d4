"""Figures paired with their terms, said the other way round (branch `r19miss`).

A text often gives two counts side by side, each after its own noun: "办理建议707件、提案325件",
"检查住宅小区12次、收运单位30次". A draft that keeps both figures and both nouns but gives each
noun the other's figure ("办理人大建议325件、政协提案707件") shares every character pair with the
passage, so the support test passes it. Read here: for each figure of the sentence (digits) the
words before it back to the previous mark or figure are its term; in a passage that has each of
the sentence's figures once, each figure's term there ends in a head (its last two characters). Two
figures are swapped when the sentence's term of each has the head of the other's term in the
passage and not its own. Nothing here names any regulation's words: the nouns and figures are the
text's own, and the reading only turns a verified sentence into an unsupported one.
"""
from __future__ import annotations

import re

_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_STOP = re.compile(r"[\s，,。；;：:、（）()“”《》！!？?\n]|\d")
HEAD = 2          # the characters of a term that name the thing counted
# a comparison or a copula between a term and its figure (满意率低于70%): no part of the term
_COMPARE = re.compile(r"(?:不低于|不高于|不少于|不超过|不多于|低于|高于|少于|多于|超过|达到|约为|约|为|是|共|计|达)+$")


def may_concern(sentence: str) -> bool:
    return len(set(_FIGURE.findall(sentence))) >= 2


def _terms(text: str) -> dict[str, list[str]]:
    """Each figure of the text with the words before it (back to a mark or another figure)."""
    out: dict[str, list[str]] = {}
    for m in _FIGURE.finditer(text):
        if m.start() and (text[m.start() - 1].isdigit() or text[m.start() - 1] == "."):
            continue
        i = m.start()
        while i > 0 and not _STOP.match(text[i - 1]):
            i -= 1
        out.setdefault(m.group(0), []).append(_COMPARE.sub("", text[i:m.start()]))
    return out


def problems(sentence: str, passages: list[str]) -> list[str]:
    """Why two figures of the sentence stand each after the other's term in a passage."""
    said = {f: ts[0] for f, ts in _terms(sentence).items() if len(ts) == 1 and ts[0]}
    if len(said) < 2:
        return []
    for text in passages:
        if not all(f in text for f in said):
            continue
        there = {f: ts[0] for f, ts in _terms(text).items() if f in said and len(ts) == 1 and len(ts[0]) >= HEAD}
        figures = sorted(there)
        for i, a in enumerate(figures):
            for b in figures[i + 1:]:
                ha, hb = there[a][-HEAD:], there[b][-HEAD:]
                if ha == hb or ha in hb or hb in ha:
                    continue
                if hb in said[a] and ha not in said[a] and ha in said[b] and hb not in said[b]:
                    return [f"原文是“{there[a][-HEAD:]}{a}”“{there[b][-HEAD:]}{b}”，这句话把两个数字对调了"]
    return []
