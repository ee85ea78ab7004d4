"""The one article a wording is in: "规定中唯一涉及“不予问责”的是第十八条", "只有第十八条提到“不予
问责”".

Read whole, the sentence names the article and a wording of it, and when that article is cut short
the claim was taken for one about its missing list, and failed. What it says is where the quoted
wording stands in the document's text: true when the article named has it and no other article of
the document held does (bare of spaces and marks), false when it is missing from that article or
another article has it too. A clause after it (但它只有开头一句…) is judged as a sentence of its
own, its 它 the article named.
"""
from __future__ import annotations

import re

from ..references import cn_int, format_ref
from .sources import bare

_ART = r"第[零一二两三四五六七八九十百\d]+条"
_WHERE = r"(?:(?:在|从)?(?:本规定|该规定|规定|本办法|该办法|办法|条文|全文|正文|现有文本|现有条文)(?:中|里|里面|当中)?[，,]?)?"
_TALK = r"(?:涉及|提到|提及|出现|写到|写有|写了|用到|用了|含有)了?"
_SOLE = re.compile(rf"^{_WHERE}(?:唯一|惟一)(?:一条)?{_TALK}“(?P<q>[^”]{{2,30}})”的(?:条文|条款|一条|条)?(?:是|就是)(?P<ref>{_ART})"
                   rf"|^{_WHERE}(?:只有|仅有|唯有)(?P<ref2>{_ART}){_TALK}“(?P<q2>[^”]{{2,30}})”(?:这个说法|这一说法|这几个字|的字样)?")


def split(sentence: str) -> tuple[int, str, str] | None:
    """(the article, the quoted wording, the rest of the sentence with its 它 as the article) when
    the sentence opens with such a claim; else None."""
    if "“" not in sentence or not ("唯" in sentence or "只有" in sentence or "仅有" in sentence):
        return None
    m = _SOLE.match(sentence.strip())
    if m is None:
        return None
    ref = m.group("ref") or m.group("ref2")
    rest = sentence.strip()[m.end():]
    if rest and not re.match(r"[，,；;。]", rest):
        return None
    rest = re.sub(r"^[，,；;。]\s*(?:但是?|不过|可是|而)?[，,]?\s*", "", rest)
    rest = re.sub(r"^(?:它|该条|这一条|这条)", ref, rest)
    return cn_int(ref[1:-1]), m.group("q") or m.group("q2"), rest


def judged(article: int, wording: str, texts: dict[int, str]) -> tuple[bool, str]:
    """(verdict, why) of the claim against the document's held articles `texts`."""
    q = bare(wording)
    having = [n for n, t in sorted(texts.items()) if q in bare(t)]
    if article not in having:
        return False, f"{format_ref(article)}没有“{wording}”。"
    others = [n for n in having if n != article]
    if others:
        return False, f"“{wording}”不只见于{format_ref(article)}，{'、'.join(format_ref(n) for n in others)}也有。"
    return True, f"现有条文中只有{format_ref(article)}有“{wording}”"
