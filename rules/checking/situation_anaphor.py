"""A situation taken back by an anaphor whose antecedent is another item than the text's: "针对的是
第一款第（二）项…；这种情形造成群体性食物中毒事件的，依照第十六条第二款追究" where the text says
"有前款第（三）项情形，造成群体性食物中毒事件的，依照本办法第十六条第二款的规定追究".

这种情形 / 该情形 / 此种情形 / 上述情形 stand for the item the draft named last. The sentence restates
the text's provision in its words, with the anaphor where the text names its item, so the
support test found it and `renumbered` saw no number in the sentence to compare. Read here: the
anaphor is the last item reference before it (in the sentence, else in the sentence before);
when the words after the anaphor restate what follows a "第（N）项…情形" of the passages
(TAIL_BAR of their character pairs), the item the anaphor takes back must be N.
"""
from __future__ import annotations

import re

from .renumbered import _number
from .sources import SourceText, bare
from .support import coverage

_N = r"[零一二两三四五六七八九十百\d]+"
_ANAPHOR = re.compile(r"(?:这种|这类|这一|这个|该种|该|此种|此类|此|上述|前述|上面这种|以上)(?:情形|情况|行为)")
_ITEM = re.compile(rf"第?[（(](?P<n>{_N})[)）]项?")
_TEXT_ITEM = re.compile(rf"第?[（(](?P<n>{_N})[)）]项?(?:规定的|所列的?|的)?(?:情形|情况|行为)")
_END = re.compile(r"[。；;\n]")
TAIL_BAR = 0.7
MIN_TAIL = 6


def problems(sentence: str, passages: list[SourceText], previous: str = "") -> list[str]:
    a = _ANAPHOR.search(sentence)
    if a is None or not passages:
        return []
    before = [m for m in _ITEM.finditer(sentence[:a.start()])] or [m for m in _ITEM.finditer(previous)]
    if not before:
        return []
    meant = _number(before[-1].group("n"))
    tail = _END.split(sentence[a.end():])[0]
    if len(bare(tail)) < MIN_TAIL:
        return []
    for p in passages:
        for m in _TEXT_ITEM.finditer(p.text):
            theirs = _END.split(p.text[m.end():])[0]
            if len(bare(theirs)) < MIN_TAIL or coverage(tail, theirs) < TAIL_BAR:
                continue
            n = _number(m.group("n"))
            if n is not None and meant is not None and n != meant:
                return [f"“{a.group(0)}”指的是第（{before[-1].group('n')}）项，而{p.label}此处说的是"
                        f"“{bare(m.group(0))}”（{(p.text[m.start():m.end()] + theirs).strip()}）"]
    return []
