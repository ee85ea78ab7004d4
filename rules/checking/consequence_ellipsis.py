"""A consequence said once and then left out: "再看是否造成了重大损失或者恶劣影响，造成的适用较重一档
（如停职检查、免职），没有造成的适用较轻一档（如训诫、通报批评）".

造成的 / 没有造成的 name the cases by the consequence the sentence has just named; read as they
stand, both halves fell under the one consequence written out, and the lighter measures were held
to the heavier set of 第十条. The object left out is written back (造成重大损失或者恶劣影响的,
没有造成重大损失或者恶劣影响的), so each half is judged under its own consequence by the measure
set readers: a heavier measure said of 没有造成的 still fails.
"""
from __future__ import annotations

import re

from ..schema import RuleBook
from .claims import marks

_SAID = re.compile(r"(?:造成|导致)(?:了)?(?P<obj>[^，,；;：:。的（(]{2,})")
_LEFT_OUT = re.compile(r"(?:(?<=^)|(?<=[，,；;：:]))(?P<neg>没有|没|未|并未|不)?(?P<verb>造成|导致)(?:了)?(?=的)")


def _said(text: str, book: RuleBook) -> re.Match | None:
    return next((m for m in _SAID.finditer(text)
                 if any(cat == "consequence" for *_, cat, _ in marks(m.group("obj"), book))), None)


def filled(sentence: str, book: RuleBook, before: str = "") -> str:
    """The sentence with the consequence written after each bare 造成的 that follows it in the
    sentence, or, when the sentence names none, that the sentence `before` it named
    ("…：造成的，给予免职等处理；没有造成的，给予…" is cut into units at the semicolon)."""
    said = _said(sentence, book)
    if said is not None:
        words, end = said.group("obj"), said.end()
    elif (said := _said(before, book)) is not None:
        words, end = said.group("obj"), 0
    else:
        return sentence
    out, last = [], 0
    for m in _LEFT_OUT.finditer(sentence, end):
        out += [sentence[last:m.end()], words]
        last = m.end()
    return "".join(out) + sentence[last:] if out else sentence
