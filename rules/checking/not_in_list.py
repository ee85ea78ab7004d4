"""A thing said not to be in the list the draft has just given: "…能要求听证的只有两类：① …；② 拟对责任人员
作出停职检查、调整职务、责令辞职、免职处理。诫勉谈话不在里面。" (branch `regalarm3`).

Why: 里面 / 其中 / 之列 points back at the list just given, not at the document. Judged alone, the
sentence's words (诫勉谈话) were found in another article that gives the measure, and the 不在 read as a
denial of that article ("的肯定与否定与原文相反"); and a member the list does hold (免职不在里面) passed,
since every word of it is in the text.

Read here: a sentence "X(也/并/都)不在(这)里面 / 其中 / 当中 / 之列 / 此列 / 内" right after a list — a lead
line ending in a colon and the item lines under it, each verified. X (or each part of X joined by 、 / 和 /
与 / 及) that an item names is in the list: the sentence is false. X that no item names, and that the
article the lead was verified against does not contain either, is not in the list: the sentence holds.
X that that article contains elsewhere (the list the draft gave may be partial), a list not verified, or
no list just before, is left to the other readings.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs
from .sources import bare

_NOT_IN = re.compile(r"^(?P<x>[\u4e00-\u9fff、和与及]{2,24}?)(?:也|并|都|则|就|可)?(?:不在|没在|没有在|不属于)"
                     r"(?:这|那|上面|上述|以上)?(?:里面|里头|其中|当中|之中|此列|之列|这里面|范围内|内)了?[。！!]?$")
_PARTS = re.compile(r"、|和|与|及")
_LEAD = re.compile(r"[：:]\s*$")
MAX_ITEMS = 12


def may_concern(sentence: str) -> bool:
    return bool(_NOT_IN.match(sentence.strip()))


def judged(i: int, texts: list[str], verdicts: list[str], supports: list[str],
           article_text: Callable[[str], str]) -> tuple[bool, str] | None:
    """(held, why) for sentence i, or None when it is no such sentence or its list is not read.
    `article_text(support)` is the text of the articles a verified sentence's support names."""
    m = _NOT_IN.match(texts[i].strip())
    if m is None:
        return None
    k = i - 1
    while k >= 0 and i - k <= MAX_ITEMS and not _LEAD.search(texts[k]):
        k -= 1
    if k < 0 or k == i - 1 or not _LEAD.search(texts[k]):
        return None
    if any(verdicts[j] != "verified" for j in range(k, i)):
        return None
    parts = [bare(p) for p in _PARTS.split(m.group("x")) if len(bare(p)) >= 2]
    if not parts:
        return None
    items = [bare(texts[j]) for j in range(k + 1, i)]
    inside = [p for p in parts if any(p in it for it in items)]
    if inside:
        return False, f"“{inside[0]}”就在上面所列之中"
    whole = bare(article_text(supports[k]))
    if not whole or any(p in whole for p in parts):
        return None
    return True, "不在上面所列之中"


def articles_of(support: str, article: Callable[[int, str | None], str | None]) -> str:
    """The text of the articles a support string names (列表引导：《…》第二十四条)."""
    return "\n".join(t for r in find_refs(support) if r.article and (t := article(r.article, r.doc_title)))
