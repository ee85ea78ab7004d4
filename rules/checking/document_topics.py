"""What a regulation is said to cover, as a list of its own terms: "规定讲了问责情形、问责方式、程序和
初步问责，没有关于问责后影响期、复出或提拔的内容". The list names matters the document takes up
(its chapter titles, the terms of its articles), no one article: held to the article closest to
the whole sentence, most of the list fell outside it and the sentence was flagged.

Each term of the list must be written in the document itself (its articles or their headings),
word for word; a term it does not have (复出, 影响期) fails the sentence. 只讲了 (only these) is
another claim, of what the document leaves out, and is not read here. What follows the list in
the same sentence (", 没有关于…的内容") is handed back as a claim of its own, its subject the
regulation, for the absence reading to judge.
"""
from __future__ import annotations

import re

from .sources import bare

_COVERS = re.compile(r"^(?:而且|并且|另外)?(?:本|这份|这部|该)?规定(?:里|中|本身)?(?:主要)?(?:讲了|讲的是|谈了|涉及了?|覆盖了?)(?!的)"
                     r"(?P<list>[^，,；;。！？“”]{2,80}?)(?P<rest>[，,].*)?[；;。]?$")
_SEP = re.compile(r"、|以及|及|和|与")
_REST = re.compile(r"^[，,](?:但是?|却|而)?(?P<neg>(?:也|并|都|却)?(?:没有|没|未)[^，,；;。]*)[；;。]?$")


def split(sentence: str) -> tuple[list[str], str | None] | None:
    """(the terms listed, the clause after them with the regulation as subject, or None); None when
    the sentence is no such list, or what follows it is not an absence."""
    if "规定" not in sentence:
        return None
    m = _COVERS.match(sentence.strip())
    if m is None:
        return None
    terms = [t.strip() for t in _SEP.split(m.group("list")) if t.strip()]
    if len(terms) < 2 or any(not 2 <= len(t) <= 10 or re.search(r"[\d第]", t) for t in terms):
        return None
    rest = m.group("rest")
    if rest is None:
        return terms, None
    r = _REST.match(rest.strip())
    if r is None:
        return None
    return terms, "规定" + r.group("neg") + "。"


def unwritten(terms: list[str], whole: str) -> list[str]:
    """The terms the document's text (articles and headings) does not write."""
    text = bare(whole)
    return [t for t in terms if bare(t) not in text]
