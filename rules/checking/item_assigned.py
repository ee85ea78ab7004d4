"""An item of a duty list given to the wrong one of the list's subjects: "第九条第（五）项规定区自然资源
部门保障补助经费" where the article's lead names 区人民政府、区自然资源部门 and its next paragraph
shares the items out: "前款第（一）项至第（四）项由区自然资源部门具体实施，第（五）项由区人民政府负责".

Both bodies are in the lead, so a sentence naming either with the item's words is held by the
support test. Read here: an article whose paragraph gives its items out by number (第（a）项至第（b）
项由Y…, 第（k）项由Y…) holds each item to its body; a sentence about one of those items (cited by
number, or restated with most of the item's pairs of characters) that names another of the lead's
subjects, and not the one the item is given to, gives the item to the wrong body. A sentence naming
both, or none of the lead's subjects, is left to the other readings.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..references import cn_int, find_refs, int_cn
from .sources import SourceText, bare

_CN = r"[一二三四五六七八九十\d]+"
_ITEM = rf"第[（(]({_CN})[)）]项"
_SHARE = re.compile(rf"{_ITEM}(?:(?:至|到){_ITEM})?(?P<more>(?:[、和及]{_ITEM})*)由(?P<y>[\u4e00-\u9fff、]{{2,20}}?)"
                    r"(?:具体|统一|分别)?(?:实施|负责|承担|执行|组织实施|办理)")
_LINE_ITEM = re.compile(rf"^[（(]({_CN})[)）](.*)$", re.M)
_LEAD = re.compile(r"^第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*(?P<s>[^，,：:。]{2,40}?)(?:应当|负责|有下列|履行|承担)")


def may_concern(sentence: str) -> bool:
    return len(sentence) >= 6


def _shares(text: str) -> dict[int, str]:
    out: dict[int, str] = {}
    for m in _SHARE.finditer(text):
        a = cn_int(m.group(1))
        b = cn_int(m.group(2)) if m.group(2) else a
        nums = list(range(a, b + 1)) + [cn_int(n) for n in re.findall(_ITEM, m.group("more"))]
        for n in nums:
            out[n] = m.group("y")
    return out


def _said(body: str, sentence: str) -> bool:
    s = bare(sentence)
    return bare(body) in s or bare(body.replace("人民", "")) in s


def _pairs(text: str) -> set[str]:
    t = bare(text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def problems(sentence: str, passages: Iterable[SourceText]) -> list[str]:
    cited = [(r.article, r.item) for r in find_refs(sentence) if r.article and r.item]
    for p in passages:
        shares = _shares(p.text)
        lead = _LEAD.match(p.text)
        if not shares or not lead:
            continue
        subjects = [s for s in re.split(r"、|和|及|与|或者", lead.group("s")) if len(s) >= 2]
        if len(subjects) < 2:
            continue
        items = {cn_int(n): t for n, t in _LINE_ITEM.findall(p.text)}
        mine = [i for a, i in cited if a == p.article]
        if not mine and not any(a == p.article for a, _ in cited):
            words = _pairs(sentence)
            for n, t in items.items():
                theirs = _pairs(t)
                if len(theirs) >= 4 and len(theirs & words) >= 0.6 * len(theirs):
                    mine.append(n)
        for n in mine:
            y = shares.get(n)
            if y is None:
                continue
            named = [s for s in subjects if _said(s, sentence)]
            if named and not any(_said(s, sentence) for s in re.split(r"、", y)) and \
                    all(bare(s) not in bare(y) for s in named):
                return [f"{p.label}把第（{int_cn(n)}）项交给{y}，不是{'、'.join(named)}"]
    return []
