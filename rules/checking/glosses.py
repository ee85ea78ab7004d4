"""Severities said in a parenthesis after what they belong to: "由市委、市政府（特别重大、重大事故）
或者区委（党工委）、区政府（管委会）（较大事故）作出". Such a sentence pairs each group of bodies
with its own severities; read as one claim, every body would be held to every severity and the
right pairing would be wrong. Each group is judged with its own severities instead, so a body
paired with the wrong severity still fails."""
from __future__ import annotations

import re

from ..schema import RuleBook
from . import claims as C
from .sources import bare

_PAREN = re.compile(r"[（(]([^（）()]{1,24})[)）]")
# what may stand in a severity gloss beside the severities: joiners and the class noun
_GLOSS_REST = re.compile(r"[、，,和与及或者]|公共安全责任|事故|的")
_CLAUSE = re.compile(r"[，,；;：:。]")


def severity_groups(sentence: str, book: RuleBook) -> list[tuple[list[str], str]] | None:
    """(the severities of a gloss, the sentence with only that gloss's bodies left) for each
    gloss, when the sentence pairs bodies with severities in parentheses and every gloss has
    bodies of its own right before it (since the gloss before, or the clause's start); else
    None (the sentence is read whole)."""
    glosses = []
    for m in _PAREN.finditer(sentence):
        sevs = C.severities_in(m.group(1), book)
        left = _GLOSS_REST.sub("", m.group(1))
        for s in sevs:
            left = left.replace(s, "")
        if sevs and not bare(left):
            glosses.append((m, sevs))
    if not glosses:
        return None
    spans = []
    start = 0
    for m, sevs in glosses:
        cut = [c.end() for c in _CLAUSE.finditer(sentence, start, m.start())]
        begin = cut[-1] if cut else start
        found = [b for b in C._BODIES.finditer(sentence, begin, m.start())]
        if not found:
            return None
        spans.append((sevs, [(b.start(), b.end()) for b in found]))
        start = m.end()
    out = []
    for i, (sevs, _) in enumerate(spans):
        others = sorted((a, b) for j, (_, bs) in enumerate(spans) if j != i for a, b in bs)
        text = sentence
        for a, b in reversed(others):
            text = text[:a] + text[b:]
        out.append((sevs, _strip_glosses(text, book)))
    return out


def _strip_glosses(text: str, book: RuleBook) -> str:
    def drop(m: re.Match) -> str:
        left = _GLOSS_REST.sub("", m.group(1))
        sevs = C.severities_in(m.group(1), book)
        for s in sevs:
            left = left.replace(s, "")
        return "" if sevs and not bare(left) else m.group(0)
    return _PAREN.sub(drop, text)


def convening(sentence: str, book: RuleBook, severity: str | None) -> list[C.Verdict]:
    """Who convenes and decides (claims.convening), each group of bodies judged with the
    severities of its own gloss."""
    groups = severity_groups(sentence, book)
    if groups is None:
        return C.convening(sentence, book, severity)
    return [v for sevs, text in groups for sev in sevs for v in C.convening(text, book, sev)]
