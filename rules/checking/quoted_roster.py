"""Members said to be on the list an article's quoted words are said of: "这两种都在第十条第二款“可以
单独适用也可以和其他问责方式合并适用”的名单里" to "训诫和通报批评能一起用吗？".

The quote is the predicate of a list in the article (训诫、责令作出书面检查、通报批评、责令公开道歉的问责
方式可以单独适用也可以…); the sentence names the list by that predicate and puts members on it. Judged
whole it shares no words with the article beyond the quote and was flagged; it says no more than
"第十条第二款规定，训诫、通报批评可以单独适用也可以和其他问责方式合并适用", and is judged as that
sentence, so a member that is not on the list (停职检查) fails it as it fails that sentence.

The members are those the sentence names before 都 / 也 / 在, or, taken back (这两种, 这几种, 两者,
它们), the terms of the question, which must then be as many as the count said (两, 三…). A sentence
with a negation (不在, 没有在) or with no article named is left to the other readings.
"""
from __future__ import annotations

import re

from ..references import cn_int

_ROSTER = re.compile(r"^(?P<who>[^，,；;。“”]{1,40}?)(?:都|也|均|全都|同样)?(?:在|列在|属于|落在)"
                     r"(?P<ref>第[零一二两三四五六七八九十百\d]+条(?:第[零一二两三四五六七八九十\d]+款)?(?:第[（(][一二三四五六七八九十]+[)）]项)?)"
                     r"(?:的|里|中)?[“「](?P<pred>[^”」]{4,40})[”」]的?(?:名单|清单|范围|之列|行列|那一?组|一组|列表)(?:里|中|内|之中|之内)?[。！!]?$")
_BACK = re.compile(r"^(?:这|那|上述|以上)?(?P<n>[两二三四五六七八九几])(?:种|个|项|类|者)(?:方式|问责方式)?$|^(?:两者|二者|它们|它俩)$")


def composed(sentence: str, question: str, terms) -> str | None:
    """The sentence as "REF规定，A、BPRED", or None when it is no such sentence; `terms(text)` gives
    the vocabulary's terms named in a text, in order."""
    m = _ROSTER.match(sentence.strip())
    if m is None:
        return None
    who = m.group("who").strip()
    if re.search(r"不|没|未|非", who):
        return None
    back = _BACK.match(who)
    if back:
        members = list(dict.fromkeys(terms(question)))
        n = back.group("n") if back.groupdict().get("n") else "两"
        if n != "几" and cn_int(n) != len(members):
            return None
    else:
        members = list(dict.fromkeys(terms(who)))
        rest = who
        for t in members:
            rest = rest.replace(t, "")
        if re.sub(r"[、和及与以及，,\s]", "", rest):
            return None                   # something else is said of them
    if not members:
        return None
    return f"{m.group('ref')}规定，{'、'.join(members)}{m.group('pred')}。"
