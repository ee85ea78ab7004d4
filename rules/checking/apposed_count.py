"""A list with its count set after it, no brackets: "特别重大和重大两个级别。" answering which
grades of accident a decision covers.

The count and the class noun after it (两个级别) say only how many members the list before them
names; the support test found 两个 and 级别 nowhere and flagged the sentence. As with a bracketed
count (bracket_count.py), when the run of members right before the count (the clause it ends, split
at 、 and a last 和 / 及 / 与 / 或) has exactly that many, the count is taken out (the class noun
stays) and the list is judged as any list. Only in a sentence that names no article, item or
paragraph: there a count is a claim of how many the provision has, which the item readings judge.
The count and its noun (or a noun with 的: 等级的说法) must end the clause (or stand before a
bracket); not after 其余 / 其他, where the count says how many remain. It must end the clause (an apposition, not "…三种按《办法》执行", which says
how many go that way) and follow no demonstrative ("这四种里选"). A count that is not its list's
length, or a list left open (等), is left as written.
"""
from __future__ import annotations

import re

from ..references import cn_int

# the count and its class noun end the clause: an apposition ("…两个级别。"), no predicate after it
# ("…三种按《办法》执行" says how many go that way), and no demonstrative before it ("这四种里选")
_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?<![这那此共计])(?P<n>[两二三四五六七八九十])(?:个|种|类|项)"
                    r"(?=(?:[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,3}的[\u4e00-\u9fff]{1,3})(?:[。，,；;！!（(]|$))")
# the rest of a whole counted (其余…三种): the count says how many remain, a claim of its own
_REST = re.compile(r"其余|其他|剩下|剩余|另外")
_ITEM_SEP = re.compile(r"、|(?<=[^、，,])(?:和|及|与|或|以及)(?=[^、，,]{2,}$)")
_PROVISION = re.compile(r"第[零一二两三四五六七八九十百\d]+[条款项章]|[（(][一二三四五六七八九十]+[)）]")


def without_count(sentence: str) -> str:
    """The sentence with a count right after its list taken out where it is the list's length."""
    if _PROVISION.search(sentence):
        return sentence
    for m in _COUNT.finditer(sentence):
        clause = re.split(r"[，,。；;：:！!？?]", sentence[:m.start()])[-1]
        if re.search(r"等等?$", clause) or _REST.search(clause):
            continue
        items = [x for x in _ITEM_SEP.split(clause) if x.strip()]
        try:
            n = cn_int(m.group("n"))
        except ValueError:
            continue
        if len(items) >= 2 and len(items) == n:
            return sentence[:m.start()] + sentence[m.end():]
    return sentence
