"""An article said to cite a document as the basis the regulation is made on: "第一条：作为制定依据",
under a lead such as "本规定在以下几处引用了它（中办发[2009]25号）：".

A regulation's first article usually says what it is made on: "根据《…》（中办发[2009]25号）等有关
规定，…制定本规定". Saying that article uses the document "as the basis of enactment" is a claim about
that sentence: it holds when the article has 根据 … 制定本规定 (办法, 条例, 细则) and the document the
talk is on (named on the nearest lines above, else in the question) stands between the two.
Another article, or a document the 根据 clause does not name, fails.
"""
from __future__ import annotations

import re

from .sources import bare

_SAID = re.compile(r"^(?P<ref>第[零一二两三四五六七八九十百]+条)[：:]\s*(?:把它|将其|它|该文件)?(?:被)?(?:作为|是|列为|用作)"
                   r"(?:本规定|本办法|本条例)?的?(?:制定|立法)依据[；;。]?$")
_BASIS = re.compile(r"根据(?P<basis>.+?)制定本(?:规定|办法|条例|细则)")


def claim(sentence: str) -> str | None:
    """The article a sentence that only says it is the basis of enactment names, or None."""
    m = _SAID.match(sentence.strip())
    return m.group("ref") if m else None


def judged(article_text: str, docs: list[str], label: str) -> tuple[bool, str]:
    m = _BASIS.search(article_text)
    if m is None:
        return False, f"{label}没有写制定本规定所根据的文件。"
    basis = bare(m.group("basis"))
    if not docs or not all(bare(d) in basis for d in docs):
        return False, f"{label}所根据的不是{'、'.join(docs) or '所说的文件'}。"
    return True, f"{label}：根据{'、'.join(docs)}制定本规定"
