"""What an article says after its list, quoted: "后面还有“等违反党风廉政建设责任制的情形”",
"条文在列举之后还有一个“等有关规定”".

After a draft has gone through an article's list item by item, it often adds the words that close
the list (a 等… tail) as a sentence of its own that names no article: the article is the one the
talk is on. Such a sentence says only which words follow the list; it holds when the quote is the
article's own words and closes a list in it (等…, 及其他… right after the list's members) or ends the article, and nothing but talk
about the place (条文, 列举之后, 后面还有一个) is left beside the quote. The article is the last one
named in the lines above, else the one the question names; with none (or several), the sentence
is judged as before.
"""
from __future__ import annotations

import re

from .sources import bare

_TAIL = re.compile(r"^(?:条文|原文|这一?条|该条|本条|这一?款|该款)?(?:在|的)?(?:列举|所列|列出的|列的)?(?:各项|内容|文件|情形)?"
                   r"(?:之后|以后|后面|最后|末尾|结尾)(?:还有|还写了|还跟着|跟着|还加了|加了|接着是|是)(?:一个|一句)?"
                   r"[“「]([^”」]{2,60})[”」][。；;]?$")


_CLOSER = re.compile(r"等|以及其他|及其他|和其他|或者其他|其他")


_TRAILING = re.compile(r"^(?P<head>[^“「]*?(?:[“「][^”」]*[”」][^“「]*?)*)[，,]\s*(?:后面|之后|最后|末尾)(?:还有|还跟着|跟着|是)(?:一个|一句)?"
                       r"[“「](?P<q>[^”」]{2,60})[”」][。；;]?$")


def trailing(sentence: str) -> tuple[str, str] | None:
    """(what the sentence says first, the quote) of a sentence that ends with the words after the
    list it has just given ("《A》、《B》、《C》，后面还有“等有关规定”"), or None."""
    m = _TRAILING.match(sentence.strip())
    return (m.group("head"), m.group("q")) if m and m.group("head").strip() else None


def tail_quote(sentence: str) -> str | None:
    """The quote of a sentence that says only which words follow an article's list, or None."""
    m = _TAIL.match(sentence.strip())
    return m.group(1) if m else None


def after_list(quote: str, article_text: str) -> bool:
    """The quote is the article's words and stands after a list in it."""
    q = bare(quote)
    if not q:
        return False
    # the quote's place in the raw text, found by its bare form from each start
    if q not in bare(article_text):
        return False
    for start in range(len(article_text)):
        if bare(article_text[start:start + len(quote) + 20]).startswith(q):
            # a list closer (等…, 及其他…) right after a list's members in the same clause, or the
            # words that end the article
            clause = re.split(r"[，,。：:]", article_text[:start])[-1]
            closer = bool(_CLOSER.match(q)) and bool(re.search(r"[、；;]", clause))
            return closer or not bare(article_text[start:])[len(q):]
    return False
