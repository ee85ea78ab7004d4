"""A term another provision fixes, said as its figure: "消防救援机构没有在第9条第2款规定的24小时内书面
告知区住房城乡建设部门" where the text reads "未在本办法第9条第2款规定的期限内书面告知…" and 第9条第2款
says "应当在24小时内书面告知".

The text names the term by the provision that fixes it (规定的期限); the draft writes the figure that
provision gives. Held to the sentence that names the term, the figure is not there, and held to the
provision that gives it, the failure to act is the opposite of its duty: the right sentence was
flagged either way. Read here: "<reference>规定的<span>内" (a span of time: a number and a unit, 24小时,
5个工作日) is the provision's term when the provision the reference names gives that span, and only
that one (a provision with two spans of time does not say which one the term is); it is then said as
the text says it, "<reference>规定的期限内", and judged so. A span the provision does not give (48小时
for its 24小时) is left as written and stays flagged.
"""
from __future__ import annotations

import re
from typing import Callable

from .numerals import arabic

_N = r"[零一二两三四五六七八九十百\d]+"
_REF = rf"(?:本(?:办法|规定|条例|细则))?第{_N}条(?:第{_N}款)?(?:第[（(][一二三四五六七八九十\d]+[)）]项)?"
_SPAN = r"\d+(?:\.\d+)?个?(?:小时|工作日|日|天|个?月|年)"
_SAID = re.compile(rf"(?P<ref>{_REF})(?:所)?规定的(?P<span>{_SPAN})(?P<within>内|以内|之内)")


def as_term(sentence: str, provision: Callable[[str], str | None]) -> str:
    """The sentence with "<ref>规定的<span>内" said "<ref>规定的期限内" where `provision(ref)` (the text
    of the provision the reference names) gives that span and no other; else unchanged."""
    def term(m: re.Match) -> str:
        text = provision(m.group("ref"))
        if not text:
            return m.group(0)
        spans = {re.sub(r"个(?=小时|工作日|月)", "", s) for s in re.findall(_SPAN + r"(?=内|以内|之内)", arabic(text))}
        said = re.sub(r"个(?=小时|工作日|月)", "", m.group("span"))
        if spans != {said}:
            return m.group(0)
        return f"{m.group('ref')}规定的期限{m.group('within')}"
    return _SAID.sub(term, arabic(sentence)) if _SAID.search(arabic(sentence)) else sentence
