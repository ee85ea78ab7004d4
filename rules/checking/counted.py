"""A count that opens a list: "四条：严格要求、实事求是、权责一致、惩教结合。" answers a question
about principles with how many there are and which. The reference reader takes a bare 十四条 for an
article, so "四条：" read as 第四条 and the sentence was held to the wrong article. A bare count
(no 第) right before a colon, followed by a list of exactly that many items, counts the list; it
is written as a count the reader does not take for an article, and the list is judged as any list.
A count that does not match its list is left as written. Inside a sentence ("要遵循四条原则：
严格要求、…") such a count says no more than its list, and it is taken out: the list is judged.
So is a count opening a clause of its own ("原文是“…”，一共四条：要求严格，尊重事实，…", branch
r20alarmA): after the comma it opens its list as the sentence's first words would."""
from __future__ import annotations

import re

from ..references import cn_int

_OPENING = re.compile(r"^(?P<pre>(?:一共|总共|共|有)?)(?P<n>[一二两三四五六七八九十]+)条(?P<colon>[：:])(?P<list>[^。；;！？]+)")
_ITEM_SEP = re.compile(r"[、，,]|(?<=[^、，,])(?:和|及|与|以及)(?=[^、，,]{2,}$)")


_INSIDE = re.compile(r"(?<![第这那哪每几某零一二两三四五六七八九十百\d])(?P<n>[一二两三四五六七八九十]+)条"
                     r"(?P<what>[\u4e00-\u9fff]{1,4})(?P<colon>[：:])(?P<list>[^。；;！？]+)")


def _matches(n: str, listed: str) -> bool:
    """Whether the list has n items; a 和 may join its last item or stand inside it (惩处和教育结合)."""
    items = [x for x in _ITEM_SEP.split(listed) if x.strip()]
    plain = [x for x in re.split(r"[、，,]", listed) if x.strip()]
    try:
        return cn_int(n) in {len(x) for x in (items, plain) if len(x) >= 2}
    except ValueError:
        return False


# (r20alarmA) a count that opens a clause after a comma: "…，一共四条：A，B，C，D"
_CLAUSE = re.compile(r"(?<=[，,；;])\s*(?P<pre>(?:一共|总共|共)有?)(?P<n>[一二两三四五六七八九十]+)条(?P<colon>[：:])(?P<list>[^。；;！？]+)")


def counted_list(sentence: str) -> str:
    """The sentence with an opening "N条：" written "N项：" when the list after it has N items, and
    a count inside it ("四条原则：") taken out when its list has N items."""
    m = _OPENING.match(sentence.strip())
    if m is None:
        clause = _CLAUSE.search(sentence)
        if clause and _matches(clause.group("n"), clause.group("list")):
            return sentence[:clause.end("n")] + "项" + sentence[clause.end("n") + 1:]
        inside = _INSIDE.search(sentence)
        if inside and inside.start() > 0 and _matches(inside.group("n"), inside.group("list")):
            return sentence[:inside.start()] + sentence[inside.start("what"):]
        return sentence
    items = [x for x in _ITEM_SEP.split(m.group("list")) if x.strip()]
    try:
        n = cn_int(m.group("n"))
    except ValueError:
        return sentence
    if len(items) < 2 or len(items) != n:
        return sentence
    head = sentence[:len(sentence) - len(sentence.lstrip())]
    return head + m.group("pre") + m.group("n") + "项" + sentence.strip()[m.end("n") + 1:]
