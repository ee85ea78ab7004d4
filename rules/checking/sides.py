"""Which side of the articles it names an article reaches: 第七条 covers the failings "第五条、第六条
之外的" (beyond those articles), so "第五条、第六条范围之内的…" or "第五条、第六条规定情形中的…"
puts it on the other side. The sentence's word after a series of articles (之外 / 以外 against 之内
/ 以内 / 中 / 范围内) is held to the word the named passage puts after the same articles; a passage
that names them on the same side, or not at all, decides nothing here."""
from __future__ import annotations

import re

from ..references import find_refs
from .claims import Verdict

_N = r"[零一二两三四五六七八九十百\d]+"
_SIDE = re.compile(rf"(第{_N}(?:条)?(?:[、和及与至到]第?{_N}条?)*条)(?:规定)?(?:的)?(?:情形|情况|范围)?"
                   r"(之外|以外|之内|以内|范围内|之中|当中|中|内)")
_OUTSIDE = ("之外", "以外")


def _articles(series: str) -> frozenset[int]:
    return frozenset(r.article for r in find_refs(series) if r.article)


def sides(sentence: str, named: list) -> list[Verdict]:
    """A failing verdict for each series the sentence puts on the other side than its passage."""
    out = []
    for m in _SIDE.finditer(sentence):
        arts = _articles(m.group(1))
        if not arts:
            continue
        outside = m.group(2) in _OUTSIDE
        theirs = {t.group(2) in _OUTSIDE for p in named for t in _SIDE.finditer(p.text) if _articles(t.group(1)) == arts}
        if theirs and outside not in theirs:
            where = "之外" if True in theirs else "之内"
            out.append(Verdict(False, f"原文说的是{m.group(1)}{where}，不是{m.group(2)}。"))
    return out
