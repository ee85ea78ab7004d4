""""第十七条讲的是从重、从轻情节，不是不予问责": a term denied of the one article a sentence names,
where the term is another article's words. Like "从轻和不予问责是两回事" (`distinct.py`), it sets
two articles apart; it is true when the named article does not hold the term and another article
does (the term's longest opening of two characters or more, as `distinct` reads it). The denied
clause is then taken out and the rest of the sentence is judged as before.

A term the named article does hold (第十八条…不是不予问责) is left in, and judged as a denial of the
article's own words."""
from __future__ import annotations

import re

from ..references import find_refs
from . import distinct as D
from .sources import SourceSet, bare

_DENIED = re.compile(r"[，,]\s*(?:而|但)?(?:并)?(?:不是|并非|而非|不属于)(?:在?讲|说|关于)?(?P<term>[\u4e00-\u9fff、]{2,12}?)(?=[。；;]?$)")


def without_denied(sentence: str, sources: SourceSet, doc: str) -> str:
    """The sentence without a last clause that denies another article's term of the one it names."""
    arts = {r.article for r in find_refs(sentence) if r.article and r.internal and not r.doc_number and not r.doc_title}
    m = _DENIED.search(sentence)
    if m is None or len(arts) != 1:
        return sentence
    named = next(iter(arts))
    holders = D._holders(bare(m.group("term")), sources, doc)
    if not holders or named in holders:
        return sentence
    return sentence[:m.start()] + sentence[m.end():]
