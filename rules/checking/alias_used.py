"""A short name said to be used by the articles after the one that defines it: "第七条还把《深圳市
行政过错责任追究办法》简称为《办法》，后面的条文沿用这个简称".

The definition itself is read by `support.defined_alias` (the pair 《全称》（以下简称《简称》） in the
article named); what the sentence adds, that later articles use the short name, is held to the
document's articles after the defining one: true when one of them writes 《简称》, false when none
does. Read so, the clause goes and the rest of the sentence is judged as before; 此外 / 还 / 把
only join it to the sentence before.
"""
from __future__ import annotations

import re

from .sources import SourceSet, SourceText

_DEFINES = re.compile(r"《([^》]+)》[（(]以下简称《([^》]+)》[)）]")
# (后面的条文|后文|下文)(都|也)?(沿用|使用|用)(了)?(这个|该)简称
_USED_LATER = re.compile(r"[，,；;]?(?:而且|并且|并)?(?:后面|后文|之后|此后|下文|以后|后续)的?(?:条文|条款|各条|规定|内容)?(?:里|中)?"
                         r"(?:都|也|一直|均)?(?:沿用|使用|用|采用|称)(?:了)?(?:这个|该|此|这一)简称")
_JOIN = re.compile(r"^(?:此外|另外|同时)[，,]?|(?<=条)还(?=把|将|给)")


def used_later(sentence: str, named: list[SourceText], sources: SourceSet) -> tuple[str, str | None]:
    """(the sentence without the clause on later use, a problem or None). Unchanged when the
    sentence has no such clause, or names no one article that defines a short name."""
    m = _USED_LATER.search(sentence)
    if m is None or len(named) != 1 or named[0].article is None:
        return sentence, None
    p = named[0]
    pairs = _DEFINES.findall((sources.article(p.article, p.doc_id) or p).text)
    if len(pairs) != 1:
        return sentence, None
    short = pairs[0][1]
    later = [n for n in sources.articles(p.doc_id) if n > p.article
             and (q := sources.article(n, p.doc_id)) is not None and f"《{short}》" in q.text]
    if not later:
        return sentence, f"{p.label}之后的条文没有用《{short}》这个简称。"
    return _JOIN.sub("", sentence[:m.start()] + sentence[m.end():]), None
