"""Which of the text's articles refers to an outside document's articles.

"第十五条规定从重从轻情节按中办发[2009]25号第八条、第九条执行": the sources do refer to 中办发
[2009]25号第八条、第九条, so `claims.external_articles` finds the reference made, but it is
第十七条 that makes it, and the sentence gives it to 第十五条. When a sentence names the text's
own articles beside an outside document's articles, the reference must be in one of them.
"""
from __future__ import annotations

from typing import Callable

from ..references import find_refs, format_ref, number_key


def misplaced(sentence: str, article_text: Callable[[int], str | None]) -> list[str]:
    """Why the outside articles the sentence names are not referred to by any of the text's
    articles it names; [] when they are, or when the sentence names no article of the text."""
    refs = find_refs(sentence)
    own = sorted({r.article for r in refs if r.internal})
    outside = [(r.doc_number, r.article) for r in refs if r.doc_number and r.article]
    if not own or not outside:
        return []
    texts = [article_text(n) for n in own]
    if any(t is None for t in texts):
        return []
    held = {(number_key(r.doc_number), r.article) for t in texts for r in find_refs(t) if r.doc_number and r.article}
    wrong = [(n, a) for n, a in outside if (number_key(n), a) not in held]
    if not wrong:
        return []
    said = "、".join(format_ref(n) for n in own)
    return [f"{said}没有引用{'、'.join(num + format_ref(a) for num, a in wrong)}"]
