"""A body said to act under an article that never names it: "根据第十条，区政府要建立巡查台账" where
第十条's lead is 乡镇人民政府、街道办事处应当履行下列职责 and no word of the article names 区人民政府.

The item's act is the text's and 区政府 is a body of the document (another article's lead subject),
so every word of the sentence is in the document and the sentence reads as supported. Read here:
the document's bodies are the subjects its articles open with (X应当…, X负责…, X有下列…) whose last
word is an institution's (政府, 部门, 办事处, 机关, 单位…, a closed class of Chinese); a sentence citing
one article of the document only, and naming one of those bodies (as written, or without 人民:
区政府) that the article's text does not name at all, says of that body what the article says of
another. A sentence citing more than one article, or none, is left to the other readings.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from ..references import find_refs, int_cn
from .sources import SourceText, bare

_LEAD = re.compile(r"^第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*(?P<s>[^，,：:。]{2,40}?)(?:应当|负责|有下列|履行|承担|可以)")
_INSTITUTION = re.compile(r"(?:政府|部门|办事处|机关|委员会|单位|机构|中心)$")


def may_concern(sentence: str) -> bool:
    return "第" in sentence and "条" in sentence


def _short(body: str) -> str:
    return body.replace("人民", "")


def bodies(passages: Iterable[SourceText]) -> list[str]:
    out: set[str] = set()
    for p in passages:
        m = _LEAD.match(p.text)
        if m:
            out |= {s for s in re.split(r"、|和|及|与|或者|或", m.group("s")) if 3 <= len(s) <= 12 and _INSTITUTION.search(s)}
    return sorted(out, key=len, reverse=True)


def problems(sentence: str, passages: list[SourceText], article_text: Callable[[int], str | None]) -> list[str]:
    refs = [r for r in find_refs(sentence) if not r.doc_number]
    if not refs or any(r.doc_title for r in refs) or len({r.article for r in refs}) != 1 or not refs[0].article:
        return []
    text = article_text(refs[0].article)
    if not text:
        return []
    said, whole = bare(sentence), bare(text)
    for body in bodies(passages):
        name = next((n for n in (body, _short(body)) if bare(n) in said), None)
        if name is None:
            continue
        said = said.replace(bare(name), "")         # (a shorter body inside a longer one is not read again)
        if bare(body) not in whole and bare(_short(body)) not in whole:
            return [f"{name}：第{int_cn(refs[0].article)}条没有说到它"]
    return []
