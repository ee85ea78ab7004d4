"""Officials (or any terms) said to stand in one sentence of a provision, then what that sentence
gives them: "第十三条第（一）项把“区有关职能部门领导分管副职”和区党政领导分管副职、街道党政领导正职
和分管副职放在同一句里，一律免职".

把 A、B 和 C 放在 / 写在 / 列在 同一句(话)里 claims that the provision writes the members together:
each member must be written in one and the same sentence (up to 。 or ；) of the article the
sentence cites, else the sentence is wrong. What follows (一律免职) is said of those members, so
the sentence is handed back as 对 A、B 和 C + what follows, for the role–measure readings to judge.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs
from .sources import bare

_TOGETHER = re.compile(r"把(?P<list>[^，,。；;]{4,120}?)(?:都|一起|一并)?(?:放在|写在|列在|排在|放进|写进)了?"
                       r"同一(?:句话?|个句子|处)(?:里|中|之中|当中)?(?P<after>[，,]|[。；;！!]?$)")
_SEP = re.compile(r"、|和|与|及|以及|跟|同")


def together(sentence: str, article_text: Callable[[int], str | None],
             ours: Callable[[str], bool]) -> tuple[bool | None, str, str]:
    """(verdict, why, the sentence with the members as the object of what follows); None when the
    sentence makes no such claim or cites no one article of the document (`ours` says whether a
    title a reference carries, 《规定》, is that document's)."""
    if "同一" not in sentence:
        return None, "", sentence
    m = _TOGETHER.search(sentence)
    if not m:
        return None, "", sentence
    arts = {r.article for r in find_refs(sentence[:m.start()]) if r.article and not r.doc_number
            and (r.doc_title is None or ours(r.doc_title))}
    if len(arts) != 1:
        return None, "", sentence
    text = article_text(arts.pop())
    if not text:
        return None, "", sentence
    members = [bare(x) for x in _SEP.split(m.group("list")) if bare(x)]
    if len(members) < 2 or any(len(x) < 2 for x in members):
        return None, "", sentence
    spans = [bare(s) for s in re.split(r"[。；;！!？?\n]", text) if bare(s)]
    if not any(all(x in s for x in members) for s in spans):
        return False, "所说的这些写在同一句里，在所引条文中找不到。", ""
    return True, "同一句中写有：" + "、".join(members), \
        sentence[:m.start()] + "对" + m.group("list") + sentence[m.end():] if m.group("after") in ("，", ",") else ""
