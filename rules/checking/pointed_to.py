"""Which provision a reference in an asked article points to (branch reg6miss).

"第九条第（二）项说的‘规定的时限’是多长？" — "指第八条第三款规定的三个工作日。" passed: 第八条第三款
does say 三个工作日, so the sentence is true of the article it names; but the item asked about
refers to 本办法第六条第二款, and the answer named another provision as the one it points to.
A sentence that says what the asked passage's reference means (指 / 即 / 就是 + a provision) must
name a provision that passage refers to: the same article, and the same paragraph when both
say one.
"""
from __future__ import annotations

import re

from ..references import find_refs, format_ref, int_cn
from .sources import SourceText

_NUM = r"[零一二两三四五六七八九十百\d]+"
_POINTS = re.compile(rf"^(?:这里|这|它|该项|该款|该条|那|其|所说的|说的)?(?:是)?(?:指的是|是指|指|即|就是|也就是)"
                     rf"(?:本办法|本规定|本条例)?(?P<ref>第{_NUM}条(?:第{_NUM}款)?(?:第?[（(][一二三四五六七八九十\d]+[)）]项?)?)"
                     rf"(?:所?规定|所说|所列)")


def problems(sentence: str, question: str, whole: list[SourceText]) -> list[str]:
    m = _POINTS.match(sentence.strip())
    if m is None:
        return []
    asked = [r for r in find_refs(question) if r.article and not r.doc_title and not r.doc_number]
    said = [r for r in find_refs(m.group("ref")) if r.article]
    if len(asked) != 1 or len(said) != 1:
        return []
    a, d = asked[0], said[0]
    article = next((p for p in whole if p.article == a.article and "#" not in p.id), None)
    if article is None:
        return []
    text = article.text
    if a.item:
        mark = re.compile(rf"\s*[（(]{int_cn(a.item)}[)）]")
        text = next((x for x in text.splitlines() if mark.match(x)), text)
    targets = [r for r in find_refs(text) if r.article and r.article != a.article and not r.doc_title and not r.doc_number]
    if not targets:
        return []
    if any(t.article == d.article and (t.paragraph is None or d.paragraph is None or t.paragraph == d.paragraph)
           for t in targets):
        return []
    named = "、".join(dict.fromkeys(format_ref(t.article, t.paragraph) for t in targets))
    return [f"所问的{format_ref(a.article, a.paragraph, a.item)}所指的是{named}，不是{format_ref(d.article, d.paragraph)}"]
