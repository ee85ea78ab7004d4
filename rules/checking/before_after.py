"""An act placed after an event the text places it before, or the other way round.

"市委、市政府在国务院、省作出问责决定之后24小时内召开现场会" restates 第十三条 with every body,
figure and act of it, so the claim readers verify it whole; but the text says the initial decision
comes *before* (在国务院、省作出问责决定前), and the draft says *after*. Here each event the sentence
dates an act by (X前 / X之前 / X以前 / X后 / X之后 / X以后) is looked up in the articles the sentence
is held to: when the text says the same event (the words before the relation word, most of their
character pairs in one run of the text) only with the other relation, the sentence fails. An event
the text does not date anything by, or dates both ways, is left to the other readings.
"""
from __future__ import annotations

import re

from .sources import bare, bigrams

# (前款, 前述, 后果, 后来…: words that carry 前 or 后 without dating anything)
_REL = re.compile(r"(之前|以前|之后|以后|前(?![款项条述者往提列面景途两三])|后(?![果面来续期者备勤台方]))")
_BEFORE = {"之前", "以前", "前"}
# the event: what runs back from the relation word to a mark or a preposition that opens it
_OPEN = re.compile(r"[，,。；;：:、（）()]|在|于|从|自")
_SHARE = 0.8


def may_concern(sentence: str) -> bool:
    return bool(re.search(r"[前后]", sentence))


def _events(text: str) -> list[tuple[str, bool]]:
    """(event, before?) for each relation word of a text, the event its bare words before it."""
    out = []
    for m in _REL.finditer(text):
        head = text[:m.start()]
        cut = max((x.end() for x in _OPEN.finditer(head)), default=0)
        event = bare(head[cut:])
        if len(event) >= 4:
            out.append((event, m.group(1) in _BEFORE))
    return out


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    mine = _events(sentence)
    if not mine:
        return []
    theirs = [e for _, t in articles for line in t.splitlines() for e in _events(line)]
    for event, before in mine:
        g = bigrams(event)
        if len(g) < 3:
            continue
        same = [b for e, b in theirs if len(g & bigrams(e)) >= _SHARE * len(g)]
        if same and all(b != before for b in same):
            said, text = ("之前", "之后") if before else ("之后", "之前")
            return [f"原文是在“{event}”{text}，不是{said}"]
    return []
