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


_ART = r"第[零一二两三四五六七八九十百\d]+条"
# (r18alarm) the later articles named: "，后面第十一条、第十六条都用这个简称"
_USED_NAMED = re.compile(r"[，,；;]?(?:而且|并且|并)?(?:后面|后文|之后|此后|下文|以后|后续)的?(?P<arts>" + _ART + r"(?:[、和及与]" + _ART +
                         r")*)(?:里|中)?(?:都|也|一直|均)?(?:沿用|使用|用|采用|称)(?:了)?(?:这个|该|此|这一)简称")


def _named_later(sentence: str, sources: SourceSet, doc: str) -> tuple[str, str | None] | None:
    """used_later for a clause that names the later articles: each must come after the one
    article the rest of the sentence names, which defines the short name, and write it."""
    from ..references import find_refs, format_ref
    m = _USED_NAMED.search(sentence)
    if m is None:
        return None
    before = {r.article for r in find_refs(sentence[:m.start()] + sentence[m.end():]) if r.article and r.internal}
    later = [r.article for r in find_refs(m.group("arts")) if r.article]
    if len(before) != 1 or not later:
        return None
    (n,) = before
    p = sources.article(n, doc)
    pairs = _DEFINES.findall(p.text) if p is not None else []
    if len(pairs) != 1:
        return None
    short = pairs[0][1]
    for k in later:
        q = sources.article(k, doc)
        if k <= n or q is None or f"《{short}》" not in q.text:
            return sentence, f"{format_ref(k)}没有在{p.label}之后用《{short}》这个简称。"
    return _JOIN.sub("", sentence[:m.start()] + sentence[m.end():]), None


def used_later(sentence: str, named: list[SourceText], sources: SourceSet) -> tuple[str, str | None]:
    """(the sentence without the clause on later use, a problem or None). Unchanged when the
    sentence has no such clause, or names no one article that defines a short name."""
    if named and (got := _named_later(sentence, sources, named[0].doc_id)) is not None:
        return got
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
