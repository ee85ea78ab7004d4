"""Articles given in apposition to what an article applies to: "第十条的问责方式适用于第二章列出的全部
情形，也就是第五条到第九条".

`claims.cross_references` relates two articles when one is the target of a verb of application
(适用于第五条…, 按第十条) or is followed by its situations (第五条到第九条的情形). A writer who first
names the target in words and then restates it by number after 也就是 / 即 / 具体是 puts the articles
out of the verb's reach, and the relation went unread. The restatement is the target: the clause
is read again with the articles right after the verb, and held to the text's own references as
any other relation between articles.
"""
from __future__ import annotations

import re

from . import claims as C

_VERB = re.compile(r"适用于|针对|对照|依照|依据|按照")
_APPOSED = re.compile(r"[，,]?\s*(?:也就是说?|亦即|也即|即|就是|具体(?:是|指|来说是|包括)|指的是)\s*(?=第[零一二两三四五六七八九十百\d]+条)")


def apposed(sentence: str, article_text) -> list[C.Verdict]:
    """The cross-reference verdicts of the sentence with its apposed articles put after the verb."""
    v = _VERB.search(sentence)
    if v is None:
        return []
    m = _APPOSED.search(sentence, v.end())
    if m is None:
        return []
    return C.cross_references(sentence[:v.end()] + sentence[m.end():], article_text)
