"""Where a list of measures ends: "和责令公开道歉、停职检查、责令辞职、免职同档", "把责令公开道歉和停职检查、
引咎辞职、责令辞职、免职放在一起".

The support test's list reading (`support.added_items`) takes the last item of a 、-list up to
the next delimiter, so the predicate written right after it (同档, 放在一起) becomes part of the
item, and "免职同档" is an item the article does not have. When the items are the regulation's
measures, the vocabulary says where each ends: the scanner matches the longest term, so a
measure followed by other characters is a whole measure and what follows is the sentence's own
predicate. A comma is set after the last measure of such a list, for that reading only; an item
that is no measure ("免职、降级") is still an item, and still held to the passage.
"""
from __future__ import annotations

import re

from ..schema import RuleBook
from .claims import marks

_JOIN = re.compile(r"[、和及与]|以及")


def cut(sentence: str, book: RuleBook) -> str:
    """The sentence with "，" after the last measure of each 、-list of measures that runs on."""
    ms = [(s, e) for s, e, cat, _ in marks(sentence, book) if cat == "measure"]
    ends: list[int] = []
    for i, (s, e) in enumerate(ms):
        if i == 0 or not _JOIN.fullmatch(sentence[ms[i - 1][1]:s]):
            continue                                   # not a later item of a list
        if i + 1 < len(ms) and _JOIN.fullmatch(sentence[e:ms[i + 1][0]]):
            continue                                   # the list goes on
        k = i
        while k > 0 and _JOIN.fullmatch(sentence[ms[k - 1][1]:ms[k][0]]):
            k -= 1
        if not any("、" in sentence[ms[j][1]:ms[j + 1][0]] for j in range(k, i)):
            continue                                   # a pair with 和 is no 、-list
        if e < len(sentence) and re.match(r"[\u4e00-\u9fff]", sentence[e]):
            ends.append(e)
    for e in reversed(ends):
        sentence = sentence[:e] + "，" + sentence[e:]
    return sentence
