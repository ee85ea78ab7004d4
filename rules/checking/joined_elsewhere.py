"""A consequence joined with 并 that the text gives in another paragraph: "造成人员伤亡的，予以解聘，并由
区自然资源部门对其处500元以上2000元以下罚款" where the paragraph of the 群测群防员 ends with 予以解聘,
and the fine is the first paragraph's, for 单位或者个人 who damage the monitoring works.

Each part is the text's own, and the article held holds both, so the support test passes the
sentence. Read here: the document is cut into paragraphs (a line with the item lines under it); the
part of the sentence before a clause opened by 并 (并由, 并处, 并且, 同时) is held to the paragraph
that holds most of its pairs of characters; the joined clause must be held by that same paragraph.
When it is not (less than half of its pairs there) and another paragraph of the same article, one
with a case of its own (…的，), holds most of them, the sentence joins to one rule a consequence of
another. A paragraph that refers to another (在前款规定的期限内要求听证) holds what it refers to:
joining that paragraph's words to it restates the article.
"""
from __future__ import annotations

import re
from typing import Iterable

from .sources import SourceText, bare

_JOINED = re.compile(r"[，,；;](?:并且|并|同时)(?P<c>[^，,；;。]{4,40})")
# a paragraph's reference to another paragraph of its article
_REFERS = re.compile(r"前(?:[一二两三四五六七八九十]|\d)?款|上款|本条|(?<!条)第(?:[一二三四五六七八九十]+|\d{1,2})款")
# (第十一条第一款 is another article's paragraph: no reference within this one)
_ITEM_LINE = re.compile(r"^[（(][一二三四五六七八九十]+[)）]|^\d+[.．、]")


def may_concern(sentence: str) -> bool:
    return bool(_JOINED.search(sentence))


def _pairs(text: str) -> set[str]:
    t = bare(text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _paragraphs(p: SourceText) -> list[str]:
    out: list[str] = []
    for line in p.text.split("\n"):
        if not line.strip():
            continue
        if out and _ITEM_LINE.match(line.strip()):
            out[-1] += line
        else:
            out.append(line)
    return out


def _share(mine: set[str], text: str) -> float:
    return len(mine & _pairs(text)) / len(mine) if mine else 0.0


def problems(sentence: str, passages: Iterable[SourceText]) -> list[str]:
    blocks = [(p, b) for p in passages if p.article for b in _paragraphs(p)]
    for m in _JOINED.finditer(sentence):
        before, joined = _pairs(sentence[:m.start()]), _pairs(m.group("c"))
        if len(before) < 6 or len(joined) < 4:
            continue
        scored = sorted(((_share(before, b), i) for i, (_, b) in enumerate(blocks)), reverse=True)
        if not scored or scored[0][0] < 0.8:
            continue
        home, text = blocks[scored[0][1]]
        if _share(joined, text) >= 0.5 or _REFERS.search(text):
            continue            # (a paragraph that refers to another, 在前款规定的期限内, holds what it refers to)
        # (the other paragraph's rule has a case of its own: 应当为举报人保密, a duty with no case, is the
        # article's too, and joining it with 并 restates the article)
        other = [b for p, b in blocks if p.article == home.article and b != text and _share(joined, b) >= 0.7
                 and re.search(r"的[，,]", b)]
        if other:
            return [f"“{m.group('c')}”是{home.label}另一款的规定，不是这一款所说情形的后果"]
    return []
