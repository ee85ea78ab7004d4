"""Articles of another document named by a short document number (branch szalarm).

"第十七条提到的25号文第八条、第九条具体写了什么？": 25号文 (中办发25号, 25号文件) is the
document 中办发[2009]25号 said short, the way people say it; the articles after it are that
document's, not the regulation's own. The reference reader (rules/references.py) takes a document
number only in its full form (issuer, year in brackets, serial), so a question's short form would
leave 第八条 read as the regulation's own. A reference is another document's when it follows such
a short number directly.
"""
from __future__ import annotations

import re

from ..references import Ref

# a serial with 号 and, optionally, the issuer before it and 文 / 文件 after it
_SHORT = re.compile(r"(?:[\u4e00-\u9fff]{1,4}发)?(?:[〔\[［【(（]?\d{4}[〕\]］】)）]?)?\d{1,4}号(?:文件?)?(?:的)?\s*$")


def of_short_number(text: str, ref: Ref) -> bool:
    """Whether the reference comes right after a short document number (25号文第八条)."""
    return bool(_SHORT.search(text[:ref.start]))


# 第十七条提到的 / 第十七条里引用的: an article that points the way to what is asked
_ROUTE = re.compile(r"^(?:里|中|里面)?(?:所)?(?:提到|提及|引用|援引|说|写|讲|规定|列)(?:了|到)?的")


def asked_articles(question: str, refs: list[Ref]) -> list[Ref]:
    """The question's own articles that it asks about: not those of another document named by a
    short number, and not one that only points the way to another document's articles
    (第十七条提到的25号文第八条: 第八条 is asked, 第十七条 is the route)."""
    foreign = [r for r in refs if of_short_number(question, r) or not r.internal]
    out = []
    for r in refs:
        if r in foreign:
            continue
        if any(f.start > r.start for f in foreign) and _ROUTE.match(question[r.end:]):
            continue
        out.append(r)
    return out
