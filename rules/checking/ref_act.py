"""The articles an act is said to follow, renumbered: "按第十二条、第十四条作了初步问责" where the text
says "按本规定第十三条、第十四条初步问责后" (branch `wsz4`).

A cross-reference renumbered keeps every word of the sentence but a numeral, and the article it now
names is in the document, so the support test passes it. Read here: a run of article references of
the sentence (第X条、第Y条 …) followed (past a filler such as 作了 / 规定的) by four characters of an
act, and the places of the document where a run of references is followed by the same act. When the
document gives that act after references in one or two places, all naming the same articles, and the
sentence names an article none of them names, the reference was renumbered. An act the document
follows with references in many places (追究责任) is too common to tell, and is not read.
"""
from __future__ import annotations

import re

from .numerals import _value

_NUM = r"[零一二两三四五六七八九十百\d]+"
_RUN = re.compile(rf"第({_NUM})条((?:[、和及与或]第?{_NUM}条)*)")
_FILLER = re.compile(r"^(?:规定的?|所列的?|的规定|的|作了|作出了?|进行了?|作)?")
_ACT = re.compile(r"^[\u4e00-\u9fff]{4}")
_NOT_ACT = re.compile(r"[第条款项]")
MOST_PLACES = 2
# a word that makes the run the basis the act follows (按第十三条规定初步问责)
_BASIS_BEFORE = re.compile(r"(?:按照?|依照?|依据|根据|对照|适用)(?:本规定|本办法)?$")


def may_concern(text: str) -> bool:
    return bool(_RUN.search(text))


def _runs(text: str) -> list[tuple[frozenset[str], str]]:
    """(the articles of a run, the act after it) for each run of the text followed by an act."""
    out = []
    for m in _RUN.finditer(text):
        rest = text[m.end():]
        filler = _FILLER.match(rest).group(0)
        if filler == "规定" and not _BASIS_BEFORE.search(text[:m.start()]):
            continue        # (r27alarm) "第十五条规定初步问责后…": the article says it, no basis of the act
        rest = rest[len(filler):]
        act = _ACT.match(rest)
        if act is None or _NOT_ACT.search(act.group(0)):
            continue
        numbers = frozenset(v for n in re.findall(_NUM, m.group(0)) if (v := _value(n)) is not None)
        if numbers:
            out.append((numbers, act.group(0)))
    return out


def problems(sentence: str, texts: list[str]) -> list[str]:
    theirs = [r for t in texts for r in _runs(t)]
    for numbers, act in _runs(sentence):
        places = [n for n, a in theirs if a == act]
        if not places or len(places) > MOST_PLACES or len(set(places)) > 1:
            continue
        if numbers - places[0]:
            named = "、".join(f"第{n}条" for n in sorted(places[0], key=int))
            return [f"原文“{act}”所依的是{named}"]
    return []
