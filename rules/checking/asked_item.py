"""The item a question asks about, answered with a sibling item: "第十九条第三款说的“第一款第（二）项情形”是什
么？" — "是指工程建设单位未按照规定进行地质灾害危险性评估" where 第一款第（二）项 is 治理工程未经验收即投入
使用 and the answer is 第（一）项's words (branch `wmiss6`).

The answer names no provision of its own (是指…), so the support test held it to the article the
question names, which has both items' words, and passed it. Here the item the question asks about
is read from the question: an item it names in full (第十九条第一款第（二）项), or one it names inside
the one article it names (“第一款第（二）项情形”, “本条第（二）项” of 第十九条). A sentence that answers
it (是指 / 指的是 / 就是 / 说的是 … at its start, naming no provision itself) must restate that item:
it fails when most of its words (`SIBLING`) are another item of the same list, well more (`MARGIN`)
than the asked one's, each item read with its list's lead (whose subject the answer may name). An answer that restates the asked item, or neither, is left to the other readings.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import cn_int, find_refs, int_cn
from . import paragraph_lines as PL
from .support import coverage

SIBLING = 0.6       # share of the answer's content pairs a sibling item holds
MARGIN = 0.3        # by how much more than the asked item's (each with the list's lead)

_ANSWER = re.compile(r"^(?:它|这|这里|此处|这一项|该项)?(?:是指|指的是|说的是|讲的是|就是|指|即)")
_ITEM_IN = re.compile(r"(?:本条)?(?:第([一二三四五六七八九十]+)款)?第[（(]([一二三四五六七八九十]+)[)）]项")


def asked(question: str) -> tuple[int, int | None, int] | None:
    """(article, paragraph or None, item) of the one item the question asks about, else None."""
    refs = [r for r in find_refs(question) if r.article and not r.doc_title and not r.doc_number]
    full = {(r.article, r.paragraph, r.item) for r in refs if r.item}
    if len(full) == 1:
        return next(iter(full))
    if full or len({r.article for r in refs}) != 1:
        return None
    inner = {(cn_int(m.group(1)) if m.group(1) else None, cn_int(m.group(2))) for m in _ITEM_IN.finditer(question)}
    if len(inner) != 1:
        return None
    paragraph, item = next(iter(inner))
    return refs[0].article, paragraph, item


def may_concern(sentence: str) -> bool:
    return _ANSWER.match(sentence.strip()) is not None and not find_refs(sentence)


def problems(sentence: str, question: str, article_text: Callable[[int], str | None]) -> list[str]:
    """Why the answer restates a sibling of the asked item; [] when it does not."""
    at = asked(question)
    if at is None:
        return []
    article, paragraph, item = at
    text = article_text(article)
    if text is None:
        return []
    own = PL.item(text, f"（{int_cn(item)}）", paragraph)
    if own is None:
        return []
    scope = PL.paragraph(text, paragraph) if paragraph else text
    if scope is None or own not in scope:
        scope = text
    said = _ANSWER.sub("", sentence.strip(), count=1)
    # (each item read with its list's lead, whose subject the answer may name: 工程建设单位…)
    lead = next((x for x in scope.splitlines() if x.strip() and not PL.is_part(x)), "")
    mine = coverage(said, lead + "\n" + own)
    for n, line in PL.item_lines(scope):
        if n == item or line.strip() in own:
            continue
        theirs = coverage(said, lead + "\n" + line)
        if theirs >= SIBLING and theirs - mine >= MARGIN:
            return [f"所问的是第（{int_cn(item)}）项（{own.strip()[:40]}），这里说的是第（{int_cn(n)}）项的内容（{line.strip()[:40]}）"]
    return []
