"""A count that opens a list: "四条：严格要求、实事求是、权责一致、惩教结合。" answers a question
about principles with how many there are and which. The reference reader takes a bare 十四条 for an
article, so "四条：" read as 第四条 and the sentence was held to the wrong article. A bare count
(no 第) right before a colon, followed by a list of exactly that many items, counts the list; it
is written as a count the reader does not take for an article, and the list is judged as any list.
A count that does not match its list is left as written."""
from __future__ import annotations

import re

from ..references import cn_int

_OPENING = re.compile(r"^(?P<pre>(?:一共|总共|共|有)?)(?P<n>[一二两三四五六七八九十]+)条(?P<colon>[：:])(?P<list>[^。；;！？]+)")
_ITEM_SEP = re.compile(r"[、，,]|(?<=[^、，,])(?:和|及|与|以及)(?=[^、，,]{2,}$)")


def counted_list(sentence: str) -> str:
    """The sentence with an opening "N条：" written "N项：" when the list after it has N items."""
    m = _OPENING.match(sentence.strip())
    if m is None:
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
