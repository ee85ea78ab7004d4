"""The item one article refers to, said of another item: "第20条第3款排除了第12条第1款第2项的情形"
where 第20条第3款 reads "有本办法第12条第1款第1项情形的，不适用前两款规定". Both articles are
linked by the text's own reference, so the reading of cross-references passes the sentence; but
the text points at item 1 and the sentence at item 2, and what item 2 says (较大服务安全事件) is
then given as excluded when the text excludes item 1's case.

A sentence that names an article A (a paragraph of it, if it names one) and an item of another
article B, where A's words refer to B only by items and none of those is an item the sentence
names of B, gives A a reference it does not make. Not read where the words just before B's
item deny it (不包括第2项 / 而不是第2项 says the reference is not that item).
"""
from __future__ import annotations

import re

from ..references import cn_int, find_refs, format_ref
from . import paragraph_lines
from .sources import SourceText

_DENIAL = re.compile(r"不|没|未|并非|而非|(?<![排免解删消])除")


_JOINED = re.compile(r"(?:、|和|或者|或|及|以及)第[（(]?([一二三四五六七八九十\d]+)[)）]?项")


def _joined_items(text: str, at: int) -> list[int]:
    """The items joined after a reference (第五条第（二）项或者第（三）项): the references parser
    gives the first to the article, the rest stand on their own."""
    out = []
    while (m := _JOINED.match(text, at)) is not None:
        try:
            out.append(cn_int(m.group(1)))
        except Exception:
            break
        at = m.end()
    return out


def problems(sentence: str, named: list[SourceText], texts: list[SourceText], referred=None) -> list[str]:
    refs = [r for r in find_refs(sentence) if r.article and not r.doc_number]
    if len({r.article for r in refs}) < 2 or not any(r.item for r in refs):
        return []
    articles = {t.article: t for t in texts if t.article and "#" not in t.id}
    out = []
    for a in refs:
        if a.item or a.article not in articles:
            continue
        text = articles[a.article].text
        if a.paragraph:
            text = paragraph_lines.paragraph(text, a.paragraph) or ""
        theirs = [r for r in find_refs(text) if r.article and r.article != a.article and not r.doc_number]
        for b in {r.article for r in refs if r.item and r.article != a.article}:
            if any(_DENIAL.search(sentence[max(0, r.start - 6):r.start]) for r in refs if r.article == b):
                continue
            said = {r.item for r in refs if r.article == b and r.item}
            given = [r for r in theirs if r.article == b]
            items = {r.item for r in given} | {x for r in given for x in _joined_items(text, r.end)}
            if not given or not all(r.item for r in given) or said & items:
                continue
            where = format_ref(a.article, a.paragraph) if a.paragraph else format_ref(a.article)
            have = "、".join(f"第{x}项" for x in dict.fromkeys(r.item for r in given))
            out.append(f"{where}引的是{format_ref(b)}{have}，不是第{'、'.join(str(x) for x in sorted(said))}项")
    return list(dict.fromkeys(out))
