""""这是第十条第（三）项的情形": the case a sentence (or the question) puts, said to fall under one
item of an article, held to that article's items (branch reg6miss).

An answer often opens by naming the item the asked case falls under. Held to the item's text by
the support test, the sentence shares nothing with it (这是…的情形 restates no words of the
item), and a right answer was flagged; a wrong item passed no better and no worse. The claim is
a comparison: the case (the words before 属于 / 是 when they say one, else the question) is
closer to the named item than to any other item of the same article. It holds when the named
item shares the most of the case's character pairs (and some); it is wrong when another item
shares clearly more (MARGIN pairs); otherwise it is left to the other readers.
"""
from __future__ import annotations

import re

from ..references import find_refs, int_cn
from .sources import SourceText, bare, bigrams
from . import classed_by_reference as g17alarm_CR
from . import paragraph_lines
from . import classed_figure as wping_CF

# (违反 of an obligation's item: the case is the failure of the duty the item states, 施工方把渣土给了没核准
# 的车拉 违反了 第十一条第（一）项 "将渣土交由取得核准的渣土运输企业运输"; g23alarm)
_CLASSED = re.compile(r"(?P<case>[^，,。；;：:]*?)(?:就|也|正)?(?P<verb>是|属于|算|归|违反了?)(?:本办法|本规定)?"
                      r"(?P<ref>第[零一二两三四五六七八九十百\d]+条(?:第[零一二两三四五六七八九十\d]+款)?"
                      r"第?[（(][一二三四五六七八九十\d]+[)）]项?)(?:(?:规定)?(?:的|所说的|所列的)?(?P<kind>情形|情况|情节))?")
# words that point at the case the question puts, and say nothing of it
_POINTER = re.compile(r"^(?:这|此|这种|这种情况|这种情形|这个|该|该情形|它|上述情况|你说的|你问的)?$")
# character pairs every case of a regulation shares (本办法, 规定) that tell no item from another
_COMMON = {"本办", "办法", "规定", "依照", "按照", "应当", "情形"}
MARGIN = 2


def _items(text: str) -> dict[int, str]:
    out = {}
    for line in text.splitlines():
        m = re.match(r"\s*[（(]([一二三四五六七八九十]+)[)）]", line)
        if m:
            out[len(out) + 1] = line[m.end():]
    return out


def _listing(text: str, k: int | None) -> str:
    """The lines whose items the claim names: the k-th paragraph's when the reference names one
    and it lists items (第二款第（一）项 is the second list's first item where an article numbers
    each paragraph's list from （一）), else the whole article."""
    own = paragraph_lines.paragraph(text, k) if k else None
    return own if own is not None and _items(own) else text


def _pairs(text: str) -> set[str]:
    return bigrams(bare(re.sub(r"第[零一二两三四五六七八九十百\d]+[条款项]|[（(][一二三四五六七八九十\d]+[)）]", "", text))) - _COMMON


def judged(sentence: str, question: str, whole: list[SourceText]) -> tuple[bool | None, str, str]:
    """(held, why, the rest of the sentence): held is None when the sentence makes no such claim
    or the items do not decide it."""
    m = _CLASSED.search(sentence)
    if m is None or (m.group("verb") == "是" and not m.group("kind")):
        return None, "", sentence        # (第十条第（三）项是…: what an item says, not a case under it)
    refs = [r for r in find_refs(m.group("ref")) if r.article and r.item]
    if len(refs) != 1:
        return None, "", sentence
    r = refs[0]
    article = next((p for p in whole if p.article == r.article and "#" not in p.id), None)
    items = _items(_listing(article.text, r.paragraph)) if article is not None else {}
    if r.item not in items or len(items) < 2:
        return None, "", sentence
    case = m.group("case").strip()
    case = question if _POINTER.match(bare(case)) else case
    said = _pairs(case)
    score = {n: len(said & _pairs(t)) for n, t in items.items()}
    best = max(score.values())
    rest = (sentence[:m.start()] + sentence[m.end():]).strip("，,；;。 ")
    if score[r.item] == best and best >= MARGIN:
        if strays := wping_CF.stray(case, items[r.item], r.article, whole, question):
            # (a figure the item and the provision it cites lack: another case, classed_figure.py)
            return False, f"{'、'.join(strays)}不见于{article.label}第（{int_cn(r.item)}）项及其所引的条款", rest
        return True, f"{article.label}（{int_cn(r.item)}）", rest
    if best - score[r.item] < MARGIN and g17alarm_CR.holds(case, said, r.item, items, r.article, whole, _pairs):
        # (a case said by the figure of the provision the item cites: classed_by_reference.py)
        return True, f"{article.label}（{int_cn(r.item)}）", rest
    if best - score[r.item] >= MARGIN:
        other = max(score, key=score.get)
        return False, f"所说的情形是{article.label}第（{int_cn(other)}）项“{items[other].strip('；;。')}”，" \
                      f"不是第（{int_cn(r.item)}）项", rest
    return None, "", sentence
