"""A general word of a provision said not to be spelt out: "至于“有关部门”具体是哪些，条文没有列明".

Provisions use general words (有关部门, 有关规定, 其他人员) without saying which ones they cover.
A sentence that quotes such a word and says the text does not list what it covers is true when the
word is the provision's own and the provision does not go on to say what it covers (no 包括, 是指,
指, 即, 如, a colon or a parenthesis right after the word). The provision is the one the sentence
names, else the one the talk is on (the nearest line above naming one, else the question's). A word
the provision does not use, or one it glosses, fails or stays undecided.
"""
from __future__ import annotations

import re

from .sources import bare

_UNLISTED = re.compile(r"^(?:至于|关于|但|不过)?"
                       # (r18alarm) the wording said first: 注意条文说的是“依照有关规定”给予处分，具体是哪些规定…
                       r"(?:(?:注意|要注意)?(?:条文|原文|该条|这一?条|第[零一二两三四五六七八九十百]+条)(?:里|中)?"
                       r"(?:说的是|写的是|用的是|只说了?|只写了?)(?=[“「]))?"
                       r"[“「](?P<x>[^”」]{2,12})[”」](?P<tail>[\u4e00-\u9fff]{0,8}?)[，,]?(?:具体)?(?:是|指|包括)?(?:哪些|哪几个|哪几家|哪个|什么)"
                       r"(?:部门|单位|机关|人员|人|文件|规定)?[，,]?(?P<ref>第[零一二两三四五六七八九十百]+条)?(?:条文|本规定|规定|原文|该条|这一?条)?"
                       r"(?:里|中)?(?:并|也|都)?(?:没有|没|未)(?:列明|写明|列出|说明|明确|具体规定|规定|列举|交代|点名|点明|写出)[。]?$")
_GLOSS = re.compile(r"^(?:包括|是指|指的是|指|即|如|例如|比如|[：:（(])")


# (r18alarm) the provision's words quoted whole, then what its general word leaves open: "第四条只写了
# “依照有关规定给予党纪政纪处分”，没有点明是哪些规定，现有文本里看不出来"
_QUOTED_OPEN = re.compile(r"^(?:(?P<ref>第[零一二两三四五六七八九十百]+条)|条文|原文|该条|这一?条)?(?:里|中)?(?:只|仅|只是)?"
                          r"(?:写了|说了|规定了|写的是|说的是|用的是)[“「](?P<x>[^”」]{4,40})[”」][，,]\s*(?:但|却)?(?:并)?"
                          r"(?:没有|没|未)(?:点明|点名|列明|写明|说明|明确|交代)(?:是|具体是)?(?:哪些|哪个|什么)(?P<noun>规定|部门|单位|人员|机关|文件)"
                          r"(?:[，,](?:现有|收录的)?(?:文本|来源|原文|条文)(?:里|中)?(?:也)?(?:看不出来?|无从得知|没有交代|找不到))?[。]?$")


def claim(sentence: str) -> tuple[str, str | None, str] | None:
    """(the quoted word, the article the sentence names or None, the words said to follow the
    quote in the provision: 给予处分 in “依照有关规定”给予处分) of such a sentence, or None. A
    quote of the provision's words whose general word (有关规定) is the one said to be left open
    is read as the word itself (it must then be the provision's words, unglossed)."""
    m = _UNLISTED.match(sentence.strip())
    if m:
        return m.group("x"), m.group("ref"), m.group("tail")
    m = _QUOTED_OPEN.match(sentence.strip())
    if m and re.search(r"(?:有关|相关|其他|其它)" + m.group("noun"), m.group("x")):
        return m.group("x"), m.group("ref"), ""
    return None


def _follows(tail: str, after: str) -> bool:
    """True when the words `tail` are the provision's own after the quote, in order, with at most
    a few of its words between (给予处分 after 依照有关规定 in 依照有关规定给予党纪政纪处分)."""
    at = 0
    for ch in tail:
        k = after.find(ch, at)
        if k < 0 or k - at > 4:
            return False
        at = k + 1
    return True


def judged(word: str, provision: str, label: str, tail: str = "") -> tuple[bool, str] | None:
    """(holds, why) against the provision's text; None when the provision does not use the word.
    `tail`: words the sentence says follow the quoted word, which must (else it fails)."""
    at = [m.end() for m in re.finditer(re.escape(word), provision)]
    if not at:
        return None
    if tail and not any(_follows(tail, bare(provision[i:i + 24])) for i in at):
        return False, f"{label}中“{word}”后面不是“{tail}”。"
    if any(_GLOSS.match(provision[i:].lstrip(" ，,")) for i in at):
        return False, f"{label}说明了“{word}”所指。"
    return True, f"{label}用了“{word}”，没有列明所指"
