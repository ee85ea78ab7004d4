"""The articles a consequence is taken "according to": "第二十二条第（一）项的情形，对责任人员依照第二十三条、
第二十四条追究责任" where 第二十二条 says "依照本办法第二十三条追究责任" (branch g19alarm).

Why: the support test cuts references out of a sentence before it weighs its words, so a chain of
articles after 依照 / 按照 that adds an article the provision does not name kept all its words and
passed (until the cut left a stray 、 that another reading happened to flag). Here the articles of
such a chain (followed by the act done by them: 追究, 处理, 处罚, 给予 …) are held to the chains of
the provisions the sentence names outside it: when every named provision that has a chain of its
own shares an article with the sentence's chain but lacks one the sentence adds, the sentence is
flagged. A provision with no such chain of its own (第十条, named as a case's reference) says
nothing of it and is not asked; a sentence whose chain is fully some provision's passes here.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs, format_ref

_NUM = r"[零〇一二两三四五六七八九十百\d]+"
_ONE = rf"(?:本办法|本规定|本条例|本细则)?第{_NUM}条(?:第{_NUM}款)?(?:第?[（(][一二三四五六七八九十\d]+[)）]项?)?"
# 依照第二十三条、第二十四条追究 / 按照本办法第二十六条的规定处理: a chain of articles and the act done by them
_CHAIN = re.compile(rf"(?:依照|按照|依据|根据)(?P<chain>{_ONE}(?:(?:、|和|及|以及|或者)?{_ONE})*)"
                    r"(?:的?规定)?(?:的)?(?=追究|处理|处罚|给予|予以|作出|办理|执行)")


def _chains(text: str) -> list[tuple[int, int, set[int]]]:
    """(start, end, articles) of each basis chain in `text`."""
    out = []
    for m in _CHAIN.finditer(text):
        arts = {r.article for r in find_refs(m.group("chain")) if r.article}
        if arts:
            out.append((m.start("chain"), m.end("chain"), arts))
    return out


def problems(sentence: str, text_of: Callable[[int], str | None]) -> list[str]:
    """The sentence's basis chain, when each provision it names that has a chain of its own has
    part of it but not all."""
    if "第" not in sentence or not re.search(r"依照|按照|依据|根据", sentence):
        return []
    chains = _chains(sentence)
    if not chains:
        return []
    inside = [(a, b) for a, b, _ in chains]
    named = {r.article for r in find_refs(sentence)
             if r.article and not r.doc_number and not any(a <= r.start < b for a, b in inside)}
    for _, _, said in chains:
        owners = []
        for n in sorted(named - said):
            own = text_of(n)
            if not own:
                continue
            theirs = set().union(*(arts for _, _, arts in _chains(own))) - {n}
            if theirs:
                owners.append((n, theirs))
        if not owners or any(said <= theirs for _, theirs in owners):
            continue
        if all(said & theirs and said - theirs for _, theirs in owners):
            n, theirs = owners[0]
            return [f"{format_ref(n)}依照的是" + "、".join(format_ref(a) for a in sorted(theirs))
                    + "，没有" + "、".join(format_ref(a) for a in sorted(said - theirs))]
    return []
