"""The basis of what was said before given as half of an article: "依据是第11条后半句", "出处在第十一条
的前半句". 第十一条 has two sentences joined by a semicolon (the heavier measures' procedure; the
lighter ones'), and a draft points at the one its answer restates.

Like `attributed` (依据是第十一条), the sentence is held to what the sentences before it were
verified by, here the rule rows by their ids: each row of that article must quote (its span) words
of the half named, and none may stand only in the other half. An article that does not fall into
two halves at one semicolon (or, failing that, one full stop), or sentences before it verified by
no row of that article, leave the sentence to the other readings.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import cn_int, int_cn
from ..schema import RuleBook
from .sources import bare

_NUM = r"[零一二两三四五六七八九十百\d]+"
_HALF = re.compile(rf"^(?:其|这|以上|上述)?(?:的)?(?:依据|出处|来源|法条依据|条文依据)(?:是|在|为|见)?(?:于)?(?:本规定)?"
                   rf"第(?P<n>{_NUM})条(?:的)?(?P<which>前|后)(?:半句|半部分|半段|一半|一句|半)(?:话)?[。！!]?$"
                   rf"|^见第(?P<n2>{_NUM})条(?:的)?(?P<which2>前|后)(?:半句|半部分|半段|一半|一句)[。！!]?$")


def halves(text: str) -> list[str] | None:
    """An article's two halves: its body split at its one semicolon, else at its one full stop."""
    body = re.sub(rf"^\s*第{_NUM}条(?:之[一二三四五六七八九十]+)?\s*", "", text).strip().rstrip("。")
    for mark in ("；", "。"):
        parts = [p for p in body.split(mark) if bare(p)]
        if len(parts) == 2:
            return parts
    return None


def judged(text: str, supports: list[str], book: RuleBook,
           article_text: Callable[[int], str | None]) -> tuple[bool, str] | None:
    """(verdict, why) for a sentence naming half an article as the basis of what came before."""
    if "半" not in text and "一句" not in text:
        return None
    m = _HALF.match(text.strip())
    if m is None:
        return None
    n = cn_int(m.group("n") or m.group("n2"))
    which = m.group("which") or m.group("which2")
    parts = halves(article_text(n) or "")
    if parts is None:
        return None
    named, other = (parts[0], parts[1]) if which == "前" else (parts[1], parts[0])
    rows = {r.id: r for r in book.regulation.rows() if r.source.article == n and r.source.span}
    spans = [rows[i].source.span for s in supports for i in re.findall(r"（([^（）]+)）", s) if i in rows]
    if not spans:
        return None
    if all(bare(s) in bare(named) for s in spans):
        return True, f"上文依据的是第{int_cn(n)}条的{which}半句"
    if any(bare(s) in bare(other) for s in spans):
        return False, f"上文依据的是第{int_cn(n)}条的{'后' if which == '前' else '前'}半句，不是{which}半句。"
    return None
