"""A count said of a list ("四个要素：职责、目标、监督、问责") is exempt from the figure test when it
matches the sentence's own list: the items are checked one by one. But the items checked one by
one cannot show an item left out; when the passage counts the same thing (五个要素) with another
number, the count is the passage's and the sentence's is wrong.
"""
from __future__ import annotations

import re

from ..references import cn_int

# a count with its measure word (四个要素, 两项制度), never an ordinal (第十三条) or a word (一般)
_COUNT = re.compile(r"(?<![第\d一二两三四五六七八九十（(])([一二两三四五六七八九十\d]+)(?:个|种|类|项|组|方面)([\u4e00-\u9fff]{2})")

_THEIRS = re.compile(_COUNT.pattern.replace("(?:个|种|类|项|组|方面)", "(?:个|种|类|项|组|方面)?"))


def recounted(sentence: str, text: str) -> list[str]:
    """Counts of the sentence (四个要素) whose thing the passage counts with another number."""
    # read in the raw text: a count before a colon (六项：因工作失职…) counts the list after it, and
    # an item's number in parentheses (（一）因工作失职) counts nothing
    plain = text
    out = []
    for m in _COUNT.finditer(sentence):
        n, thing = cn_int(m.group(1)), m.group(2)
        if n is None:
            continue
        # the passage may count without the measure word (五要素)
        theirs = {cn_int(x.group(1)) for x in _THEIRS.finditer(plain) if x.group(2) == thing}
        theirs.discard(None)
        if theirs and n not in theirs:
            out.append(m.group(0))
    return out
