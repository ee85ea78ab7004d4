"""A sentence's clauses with its quotes kept whole (branch szalarm).

"第十八条写的是“党政领导干部有下列情形之一的，不予问责”，但…": the comma inside the quote is the
quoted text's, not the sentence's; cut there, the quote's first half reads as a clause that
restates the article without its end, and its second half as a clause about the article's topic.
"""
from __future__ import annotations

import re

from .sources import bare
from . import text_talk as TT

_CLAUSE = re.compile(r"(?:[“「\"][^”」\"]*[”」\"]|[^，,；;])+[，,；;]?")


def clauses(sentence: str) -> list[str]:
    """The sentence cut at its own commas and semicolons, a quote never cut (marks kept off)."""
    return [c.rstrip("，,；;") for c in _CLAUSE.findall(sentence)]


_QUOTE = re.compile(r"[“「\"]([^”」\"]+)[”」\"]")
_REFS = re.compile(r"《[^》]*》|第[零一二两三四五六七八九十百\d]+(?:条|款|项)")
# where the words are kept and what part of a text they are: 在资料里, 来源中, 条款的开头, 这一句
_WHERE = re.compile(r"资料|材料|来源|原文|条文|文本|正文|本规定|规定")
_PART = re.compile(r"(?:有)?(?:一个|一条|一句)?(?:相关的?)?(?:条款|条)?的?(?:开头|引导句|第一句|头一句)|这一?句话?|这几个字|这些字|一句话?")
_COUNT = re.compile(r"[一二两三四五六七八九十\d]+(?:种|项|类|个|条|点|处)")
_LEFT = re.compile(r"[的了是在和也都就其这那有只仅中里内]|只有|仅有|只剩下?")


def quoted_only(clause: str, text: str) -> bool:
    """"第十八条在资料里只有“…”这一句" / "有一个相关条款的开头：第十八条写的是“…”": a clause
    whose quotes are all verbatim in the article and whose other words only say where the words
    are kept, which part of the text they are, and that the article says or has them. Such a
    clause says which words survive and no more (a count of anything, a word of content, a quote
    not in the article leave it to the other readers)."""
    quotes = _QUOTE.findall(clause)
    plain = bare(text)
    # (the checker may have set a verbatim quote aside already: "只有这一句" is then left)
    if not all(bare(q) and bare(q) in plain for q in quotes):
        return False
    rest = _REFS.sub("", _QUOTE.sub("", clause))
    rest = _PART.sub("", _WHERE.sub("", rest))
    if _COUNT.search(rest):
        return False            # "共三种情形": a count of what the text has is no word it keeps
    rest = TT.untalked(rest)
    return len(bare(_LEFT.sub("", rest))) <= 1


# "共三种情形" / "一共有五项": a clause that counts a list says what the list holds
_COUNTS = re.compile(r"^(?:其中|具体)?(?:共|共有|一共|一共有|总共|总共有|有|列了|列有)?[一二两三四五六七八九十\d]+(?:种|项|类|个|条|点)")


def counts_list(clause: str) -> bool:
    """A clause that opens with a count of a list (共三种情形): about the list the sentence is
    about, like one that names what it holds."""
    return bool(_COUNTS.match(clause.strip()))


# "…合并适用的方式里没有免职": the list named before the denial, the term after it (szalarm)
_DENIED_BEFORE = re.compile(r"(?:里|中|之中|当中|名单上|名单里)(?:并|却|就)?(?:没有|不包括|不含|没列|未列)(?:列出?|列入|提到|包括)?$")


def denied_before(sentence: str, start: int) -> bool:
    """The term at `start` follows a denial of its place in a list named just before the denial
    (方式里没有免职), within its clause."""
    clause = re.split(r"[，,；;。]", sentence[:start])[-1]
    return bool(_DENIED_BEFORE.search(clause))
