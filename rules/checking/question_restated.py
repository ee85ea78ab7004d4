"""The user's question said back before it is answered: "你问的是较大事故由谁拍板初步问责。"
(branch r12alarmA).

Such a sentence reports what was asked, not what the sources say, so it is framing, on two
conditions that keep it from carrying a claim: what follows 你问的是 is an embedded question
(it has a question word: 谁, 什么, 哪, 几, 多少, 怎么, 是否…), and it is the question's own words,
give or take the light words a restatement adds or drops (由, 的, 了). A severity, body or measure
changed in the restatement ("你问的是重大事故由谁拍板") is no longer the question and stays a
sentence of its own, judged as a claim.
"""
from __future__ import annotations

import re

_LEAD = re.compile(r"^(?:你|您)(?:的问题|问的|想问的|要问的|想知道的|关心的)(?:是|就是)[：:，,]?\s*(?P<what>.+?)[。！!]?$")
_ASKS = re.compile(r"谁|什么|哪|几|多少|怎么|怎样|如何|是否|能否|可否|有没有|是不是|为什么|多久|多长")
_LIGHT = re.compile(r"[由的了\s，,。？?！!吗呢]")


_PAUSE = re.compile(r"[、；;：:\s内]")


def _reworded(what: str, question: str, book) -> bool:
    """(r18alarm) The question said back in other words: "你问的是特别重大事故后谁开现场会、多久内开"
    for "特别重大事故后现场会的召开主体和时限是什么？". With its question words and light words
    taken out, every character of the restatement is one of the question's (开 of 召开), and the
    severities, bodies, roles, measures and consequences it names are all among the question's
    (a 重大 for the question's 特别重大 is another question), its digits too."""
    from . import claims as C            # (imported here: claims imports much of the checker's data)
    content = _PAUSE.sub("", _LIGHT.sub("", _ASKS.sub("", what)))
    if len(content) < 4 or any(ch not in question for ch in content):
        return False
    if not set(re.findall(r"\d+", what)) <= set(re.findall(r"\d+", question)):
        return False
    def named(x: str) -> set[tuple[str, str]]:
        return {(cat, c) for *_, cat, c in C.marks(x, book)} | {("body", b) for b in C.bodies(x)}
    return named(what) <= named(question)


def restated(text: str, question: str, book=None) -> bool:
    """True when `text` only says back the question it answers (see the module docstring)."""
    m = _LEAD.match(text.strip())
    if not m or not question or not _ASKS.search(m.group("what")):
        return False
    said, asked = _LIGHT.sub("", m.group("what")), _LIGHT.sub("", question)
    if len(said) >= 4 and said in asked:
        return True
    return book is not None and _reworded(m.group("what"), question, book)
