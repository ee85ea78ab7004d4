"""A count of the places a document is cited, leading the list of them in the same sentence:
"中办发[2009]25号在四个地方出现：作为制定依据（第一条）；…的程序依据（第十一条）；…". The lead
counts the articles that cite it, and the first place is glued to it by the colon (the others
stand as sentences of their own after the semicolons).

The count is held to the regulation: it must be the number of its articles whose text names
the document, word for word (a count the text does not bear fails). The place after the colon
is judged as a sentence of its own with the document as its subject ("中办发[2009]25号作为制定
依据（第一条）"; a noun phrase takes 是: "中办发[2009]25号是…的程序依据（第十一条）").
"""
from __future__ import annotations

import re

from ..references import cn_int

_DOC = r"(?P<doc>[\u4e00-\u9fff]{1,6}[\[［〔(（]\d{4}[\]］〕)）]\d+号(?:文件?)?|《[^》]{1,40}》)"
_LEAD = re.compile(rf"^{_DOC}(?:在(?:本?规定(?:里|中))?|(?:本?规定(?:里|中))?(?:一共|总共|共)?在?)"
                   r"(?P<n>[一二两三四五六七八九十\d]+)(?:个地方|处|个条文|条)(?:出现|被?引用|被?提到|用到)(?:了|过)?[：:](?P<item>.+)$")
_VERB = re.compile(r"^(?:作为|是|为|用作|用于|被)")


def split(sentence: str) -> tuple[str, int, str] | None:
    """(the document, the count said, the first place as a sentence of its own); None else."""
    if "：" not in sentence and ":" not in sentence:
        return None
    m = _LEAD.match(sentence.strip())
    if m is None:
        return None
    doc, item = m.group("doc"), m.group("item").strip()
    return doc, cn_int(m.group("n")), doc + ("" if _VERB.match(item) else "是") + item


def cited_in(doc: str, articles: list[str]) -> int:
    """How many of the articles name the document (its number, with or without 文件)."""
    key = re.sub(r"文件?$", "", doc)
    return sum(1 for a in articles if key in a)


# (branch r21miss) the count said alone, no list after it: "中办发[2009]25号在五个地方出现。" is held
# to the same count; the places are every passage that names the document (the regulation's
# articles, and any other source), and a count that is neither is unsupported.
_ALONE = re.compile(_LEAD.pattern.split("[：:]")[0] + r"[。！!]?$")


def count_alone(sentence: str) -> tuple[str, int] | None:
    """(the document, the count said) of a sentence that only counts the places it is cited."""
    m = _ALONE.match(sentence.strip())
    return (m.group("doc"), cn_int(m.group("n"))) if m else None
