"""A role glossed in parentheses: "街道一把手（党政领导正职）被责令公开道歉". The words in the
parentheses name the official the words before them call by another name (一把手), and they
leave out his level, which the words before them give (街道). Read alone, 党政领导正职 is the
principal of no level (有关党政领导正职), and a right sentence about the street principal after a
较大 accident was held to a rank 第十四条 gives nothing. The gloss, placed at the level the words
before it name, replaces them: "街道党政领导正职被责令公开道歉", judged as that role's claim."""
from __future__ import annotations

import re

from ..schema import RuleBook
from . import claims as C

_GLOSS = re.compile(r"(?P<before>[\u4e00-\u9fff]{2,12}?)[（(](?P<gloss>[^（()）]{2,12})[）)]")


def placed(sentence: str, book: RuleBook) -> str:
    """The sentence with each levelled word glossed by a role of no level written as that role at
    the level (the longest level word the words before the gloss begin with); else unchanged."""
    levels = sorted(book.vocabulary.positions, key=len, reverse=True)
    for m in reversed(list(_GLOSS.finditer(sentence))):
        gloss = [c for *_, cat, c in C.marks(m.group("gloss"), book) if cat == "role"]
        if len(gloss) != 1 or any(m.group("gloss").startswith(lv) for lv in levels):
            continue
        before = m.group("before")
        found = [(before.rfind(lv), -len(lv), lv) for lv in levels if lv in before]
        if not found:
            continue
        at, _, level = max(found)
        spelled = level + m.group("gloss")
        role = [c for *_, cat, c in C.marks(spelled, book) if cat == "role"]
        if len(role) == 1 and role != gloss:
            start = m.start("before") + at
            sentence = sentence[:start] + spelled + sentence[m.end():]
    return sentence
