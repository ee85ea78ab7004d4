"""A sentence after a list that says what follows from any one of its items: "出现其中任何一种，都应当
问责。" under 第五条's six items (branch r12alarmA).

It restates the list's lead, "有下列情形之一的，应当问责": 其中任何一种 is the lead's 之一, and what
follows must be the lead's own consequence. So the reading holds the sentence to the lead's line
of the article the list was held to: the lead must say 之一 (a list whose lead needs all or several
items is not read so), and what the sentence says follows must be what the lead says follows, word
for word but for the adverbs that only distribute it (都, 就, 均). Another consequence (都可以免于问责),
another modal (都可以问责) or another share of the list (其中任何两种) is no restatement and stays
a claim of its own.
"""
from __future__ import annotations

import re

from .sources import bare

_ANY = re.compile(r"^(?:如果|只要)?(?:出现|有|具备|存在|发生|符合|属于|涉及)?(?:上述|以上|其中|这些|这几种)(?:情形)?(?:中|当中)?的?"
                  r"(?:任何|任意|随便)?(?:一种|一项|一个|一条|之一)(?:情形)?的?[，,]?(?:就|都|均|即|也)*(?P<then>[^，,；;。]+)[。！!]?$")
_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]")
_AMONG = re.compile(r"之一的?[，,]?(?P<then>[^，,；;。：:]+)[：:]")


def consequence(article_text: str) -> str | None:
    """What the lead of an article's list says follows from any one item ("应当问责"), or None
    when the article has no items or its lead is no 之一."""
    lines = article_text.splitlines()
    if not any(_ITEM.match(x) for x in lines):
        return None
    lead = "".join(x for x in lines[:next(i for i, x in enumerate(lines) if _ITEM.match(x))])
    m = _AMONG.search(lead)
    return m.group("then") if m else None


def restates(sentence: str, article_text: str) -> bool:
    """True when the sentence says that any one item brings exactly the lead's consequence."""
    m = _ANY.match(sentence.strip())
    if not m:
        return False
    then = consequence(article_text)
    return then is not None and bare(m.group("then")) == bare(then)
