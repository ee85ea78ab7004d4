"""A case's condition named by a quote of the text: "前提是这起一般事故“造成较大损失或者不良影响”。".

An article that provides for a case on a condition says so with a 的-clause after the case
("发生一般公共安全责任事故，造成较大损失或者不良影响的，…"). A sentence that says the case's premise
(前提 / 条件 是) is the quoted words claims that the text attaches that condition to that case. With
the quote taken out (it is verbatim), the support test found only "前提是这起一般事故" and flagged it.
Read here: the quote must be in an article of the regulation followed by 的 (a condition clause),
and the case the sentence names (its deixis 这起, 该 set aside) must be said in that article's
sentence before the quote (most of its character pairs). The condition quoted for another case
(这起较大事故) or words of the text that are no condition clause fail.
"""
from __future__ import annotations

import re
from typing import Iterable

from .support import coverage

_SAID = re.compile(r"^(?:(?:适用)?前提(?:条件)?|条件)(?:是|为)[：:]?(?P<case>[^“”「」，,。]{2,16})[“「](?P<q>[^”」]{4,40})[”」](?:的)?[。！!]?$")
_DEIXIS = re.compile(r"^(?:这起|这个|这种|这类|这一|该|此|本)")
NEAR = 0.6


def judged(sentence: str, passages: Iterable) -> tuple[bool, str] | None:
    """(held, why) for such a sentence against the regulation's articles; None when it is none."""
    m = _SAID.match(sentence.strip())
    if m is None:
        return None
    case, q = _DEIXIS.sub("", m.group("case")), m.group("q")
    placed = False
    for p in passages:
        for at in [i.start() for i in re.finditer(re.escape(q), p.text)]:
            if not p.text[at + len(q):].startswith("的"):
                continue
            placed = True
            before = re.split(r"[。；;：:\n]", p.text[:at])[-1]
            if coverage(case, before) >= NEAR:
                return True, f"{p.label}：{before}{q}的"
    return (False, f"“{q}”在原文中不是“{m.group('case')}”的条件") if placed else None
