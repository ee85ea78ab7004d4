"""What follows from an article said not to apply: "…不适用第二十一条，所以配合调查也不能据此从轻、
减轻" (branch regalarm).

Why: a regulation shuts an article off for a case (有第七条所列情形的，不适用本规定第二十一条的规
定). A right draft says so and then spells out what that means: the shut-off article's own content
(配合调查的，可以从轻或者减轻追究), denied. Held to the articles it names, the conclusion reads as
words none of them has with a negation none of them puts there (“也不能据此从”不见于…).

The reading: in a sentence that says 不适用第X条, a clause that draws the conclusion (所以, 因此,
也就, 那么 …) and restates X's content is what 不适用 says of X when it denies that content: it is read
as shown and left out of what the passages must hold. The same clause affirming X's content (所以配合
调查也可以从轻) contradicts the sentence's own 不适用 and the sentence is wrong. A clause that does
not restate X is left to the support test.
"""
from __future__ import annotations

import re

from ..references import cn_int
from .sources import bigrams

_NOT_APPLIED = re.compile(r"不(?:能|得|再)?适用(?:本规定|本办法|本条例)?第([零一二两三四五六七八九十百\d]+)条")
_CONCLUSION = re.compile(r"[，,；;](?P<c>(?:所以|因此|因而|也就是说|也就|那么|据此|这样)[^，,。；;]*)")
_DENIED = re.compile(r"不能|不得|不可以|不可|不会|不再|无法|没法|不适用|不予")
_FUNCTION = re.compile(r"[的了是在和与及也都就而则所其这那个些对于为被把将会要能够据此以因而那么样]")
MIN_SHARE = 0.5       # share of the clause's content pairs that X's text holds


def read(sentence: str, article_text) -> tuple[str, str]:
    """(why the sentence is wrong, "") or ("", the sentence without the conclusions read here).
    `article_text(n)`: the text of article n of the document ("" when it has none)."""
    shut = [m for m in _NOT_APPLIED.finditer(sentence)]
    if not shut:
        return "", sentence
    cut: list[tuple[int, int]] = []
    for c in _CONCLUSION.finditer(sentence, shut[0].end()):
        clause = c.group("c")
        content = _FUNCTION.sub("", _DENIED.sub("", clause))
        pairs = bigrams(content)
        if not pairs:
            continue
        for m in shut:
            try:
                text = article_text(cn_int(m.group(1)))
            except ValueError:
                continue
            if not text or len(pairs & bigrams(text)) < MIN_SHARE * len(pairs):
                continue
            if not _DENIED.search(clause):
                return f"原文说不适用第{m.group(1)}条，“{clause}”却照用了它的规定。", ""
            cut.append(c.span("c"))
            break
    for a, b in sorted(cut, reverse=True):
        sentence = sentence[:a] + sentence[b:]
    return "", sentence
