"""A sentence that only points at where what came before it is written: "见本办法第7条第（三）项。",
"依据：《规定》第二十六条第二款。", "——本办法第十一条第三款" after a sentence or a table.

Judged alone such a sentence has no content of its own, so the support test found 0% of it in the
provision it names, and a right draft that put its citation after its answer, instead of in
brackets inside it, failed. What it says is that the claims before it rest on that provision: it is
the bracketed citation written apart. So it is read as one: each claim of the block it follows (the
sentences of its own line before it, else the lines just above it, a table's rows) is judged again
with the pointer's references in brackets after it, held to that provision as any cited sentence is.
When every one of them is then verified, they and the pointer are; else every verdict stays as it
was (a pointer at a provision that does not say the claim is a misattribution, and stays flagged).
"""
from __future__ import annotations

import re

_NUM = r"[\d零一二两三四五六七八九十百]+"
_REF = (rf"(?:《[^》]{{1,40}}》|本办法|本规定|本条例|本细则|该办法|该规定|该条例)?"
        rf"第{_NUM}条(?:第{_NUM}款)?(?:第?[（(][一二三四五六七八九十\d]+[)）](?:项)?)?")
_WORD = r"(?:详见|参见|参看|具体见|见于|见|依据|根据|出处|来源|法条依据|条文依据|法律依据)"
# (g19alarm) a dash after the answer sets its source apart as a signature does: "——本办法第十一条第三款"
_POINTER = re.compile(
    rf"^\s*(?:(?:[—–]{{1,2}}|-{{1,2}})\s*(?:{_WORD})?|{_WORD})\s*(?:[:：]|是|为|在)?\s*"
    rf"(?P<refs>{_REF}(?:\s*(?:、|，|,|和|及|以及|与)\s*{_REF})*)(?:的规定)?\s*[。.；;]?\s*$")


def pointed(text: str) -> str | None:
    """The references of a sentence that is nothing but a pointer at provisions, else None."""
    if "第" not in text or "条" not in text:
        return None
    m = _POINTER.match(text)
    return m.group("refs") if m else None


def block_before(at: list[int], i: int) -> list[int]:
    """The indices of the verdicts the pointer at index `i` follows: those of its own line before
    it, else those of the nearest line above and of the lines just above that one (a table)."""
    line = at[i]
    same = [j for j in range(i) if at[j] == line]
    if same:
        return same
    above = [at[j] for j in range(i) if at[j] < line]
    if not above:
        return []
    last = max(above)
    lines = {last}
    while last - 1 in at[:i]:
        last -= 1
        lines.add(last)
    return [j for j in range(i) if at[j] in lines]


def cited(text: str, refs: str) -> str:
    """The claim with the pointer's references in brackets, as a cited sentence."""
    return re.sub(r"[。；;，,\s]+$", "", text) + f"（{refs}）。"


# (g20alarm) a citation in brackets after a claim, one nested level for its item: "（第七条第一款第（三）项）"
_BRACKETED = re.compile(rf"[（(]\s*(?:{_WORD}\s*(?:[:：])?)?\s*{_REF}(?:\s*(?:、|，|,|和|及|以及|与)\s*{_REF})*"
                        rf"(?:的规定)?\s*[)）]")


def without_bracketed(text: str) -> str:
    """The sentence without the citations it holds in brackets: a bracketed reference names where
    the claim is written, no act or thing the claim is about."""
    return _BRACKETED.sub("", text) if "第" in text else text
