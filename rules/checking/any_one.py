""""满足其一即可": a sentence after a draft's list that says any one of the listed cases is enough,
held to how the text joins them (branch g23alarm).

A draft lists the alternatives of a provision line by line ("较大运输事件：\n- 造成1人以上不满5人
重伤；\n- 偷倒乱倒渣土500立方米以上…；\n- 抛洒滴漏…。") and closes with 满足其一即可. The sentence
names no article and restates no words of one, so the support test found nothing for it and a right
draft was flagged. Its claim is about the join: the list's cases are alternatives. The text says so
where the last listed case stands after 或者 / 或, or where it is an item of a list opened by
"有下列情形之一的" (之一); it says the opposite where the case stands after 且 / 并且 / 同时 (every
part needed). The last line of the list (the sentence before) is found in the document by its words;
a line found nowhere, or a join that says neither, leaves the sentence to the other readings.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare

# the whole sentence: (只要) 满足 / 符合 / 具备 … 其一 / 其中之一 / 任一项 … 即可 / 就行 / 就够
_SUFFICES = re.compile(r"^(?:只要|只需)?(?:满足|符合|具备|出现|达到|有|属于)?(?:以上|上述|其中|这些)?(?:的)?"
                       r"(?:其一|之一|任一项?|任何一项|任意一项|任何一种|一项|一种|一个|一条)"
                       r"(?:条件|情形|情况|标准)?(?:的)?(?:即可|就行|就够了?|就算|就可以了?|即构成|就构成|就属于)[。！!]?$")
_OR = re.compile(r"(?:或者|或是|或)[，,]?$")
_AND = re.compile(r"(?:[，,]?(?:且|并且|而且|同时))$")
_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十\d]+[)）]")
ANCHOR = 4


def says(sentence: str) -> bool:
    """Whether the sentence says only that any one of the cases listed before it is enough."""
    return bool(_SUFFICES.match(re.sub(r"\s", "", sentence)))


def _found(line: str, passages: list[SourceText]) -> tuple[SourceText, int] | None:
    """The one passage that holds the line's words (the first run of ANCHOR characters only one
    passage has) and the place of the line's first run in it, else None."""
    plain = bare(re.sub(r"^\s*(?:[-*•]|\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])\s*", "", line))
    runs = [plain[i:i + ANCHOR] for i in range(0, max(0, len(plain) - ANCHOR) + 1)]
    for run in runs:
        hits = [p for p in passages if run in p.text]
        if len(hits) == 1:
            p = hits[0]
            return p, next(p.text.find(r) for r in runs if r in p.text)
    return None


def judged(sentence: str, previous: str, passages: list[SourceText]) -> tuple[bool | None, str]:
    """(held, why): held is None when the sentence says no such thing or the text does not
    decide it."""
    if not says(sentence) or not previous.strip():
        return None, ""
    hit = _found(previous, passages)
    if hit is None:
        return None, ""
    p, at = hit
    before = p.text[:at]
    line_start = before.rfind("\n") + 1
    said = before[line_start:]
    if _OR.search(said):
        return True, f"{p.label}：所列各项以“或者”连接，有其一即可"
    if _AND.search(said):
        return False, f"{p.label}的原文以“{_AND.search(said).group(0).strip('，,')}”连接，各项都要具备，不是有其一即可"
    if _ITEM.match(p.text[line_start:]) and not bare(re.sub(_ITEM, "", said)):
        lead = next((x for x in reversed(p.text[:line_start].splitlines()) if x.strip() and not _ITEM.match(x)), "")
        if "之一" in lead:
            return True, f"{p.label}：“有下列情形之一”，有其一即可"
    return None, ""
