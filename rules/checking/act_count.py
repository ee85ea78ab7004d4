"""How many times an act may be done: the text's 可以延长一次 said as 每次延长…，可以多次延长.

A statement that bounds an act to once (延长一次, 只能…一次, 以一次为限) is contradicted by a clause
restating that act with a repetition (多次, 每次, 反复, 屡次, 再次, 不限次数, 直到…). A count of at
least once (至少组织一次, 每年…一次) bounds nothing above and is left alone: 每年组织多次 is within it.
"""
from __future__ import annotations

import re

from . import clause_hits as CH
from .sources import SourceText

_ONCE = re.compile(r"([\u4e00-\u9fff]{2})(?:一|1)次|([\u4e00-\u9fff]{2})[^，,。；;]{0,6}以(?:一|1)次为限")
_MORE = r"多次|每次|反复|屡次|再次|不限次数|无限次|多回|几次|可以一直|直到"


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    if not re.search(_MORE, sentence):
        return []
    r = CH.read(sentence, passages, whole, referred)
    texts = {h.unit.text for h in r.hits.values()} | {p.text for p in passages}
    for text in texts:
        for m in _ONCE.finditer(text):
            verb = m.group(1) or m.group(2)
            if re.search(r"至少|最少|不少于|每[年季月周日天]", text[max(0, m.start() - 12):m.start()]):
                continue
            if re.search(rf"(?:{_MORE})[^，,。；;]{{0,3}}{verb}|{verb}[^，,。；;]{{0,3}}(?:{_MORE})", sentence):
                return [f"原文是“{m.group(0)}”，只能{verb}一次，不是多次（原文：{text}）"]
    return []
