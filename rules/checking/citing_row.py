"""A figure said of a provision that another provision gives it: "15分那一项是“未按时报告火情”，对应
第七条第（4）项" where 第七条第（4）项 is the case and the 15 points are in 第十三条's table, whose row
"未按时报告火情（第七条第（4）项）｜15分" cites that item.

The sentence names only the cited item, so its figure was looked for there and not found. What it
says is the citing line's: a row (or a sentence) of another article that refers to the item the
sentence names and has every figure of the sentence the item lacks. When exactly one line of the
document does, the sentence is held to the item and the citing article together (the support test
then judges every word and pairs each figure with its own words, `support.mispaired`); a figure no
such line has, or one that two citing lines could give, keeps the sentence held to the item alone.
"""
from __future__ import annotations

import re

from ..references import find_refs
from .sources import SourceSet, SourceText

_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_REF = re.compile(r"第[零一二两三四五六七八九十百\d]+(?:条|款|项|章|节)|第?[（(][一二三四五六七八九十\d]+[)）]项?|[（(][^）)]*[）)]")


def _figures(text: str) -> set[str]:
    return set(_FIGURE.findall(_REF.sub("", text)))


def citing(sentence: str, named: list[SourceText], sources: SourceSet, doc: str) -> list[SourceText]:
    """The article whose one line cites the provision the sentence names and has the sentence's
    figures the provision lacks; [] when there is no such one line."""
    if len(named) != 1 or named[0].article is None or not re.search(r"\d", sentence):
        return []
    refs = [r for r in find_refs(sentence) if r.article == named[0].article and not r.doc_number]
    if not refs:
        return []
    item = refs[0].item
    wanted = _figures(sentence) - _figures(named[0].text)
    if not wanted:
        return []
    found: list[tuple[SourceText, str]] = []
    for p in sources.of_document(doc):
        if p.article is None or p.article == named[0].article or "#" in p.id:
            continue
        for line in p.text.splitlines():
            if wanted <= _figures(line) and any(
                    r.article == named[0].article and r.item == item and not r.doc_number for r in find_refs(line)):
                found.append((p, line))
    if len(found) != 1:
        return []
    return [found[0][0]]
