"""A list said of one article that another article holds (branch `r19miss`).

"第十四条同样要求…依严格要求、实事求是、权责一致、惩教结合四项原则作出初步问责决定": the list is
第十三条's, word for word, and 第十四条 has none of it. The sentence is verified by what else it
says (the rule rows of 第十四条's measures), and the list readers (one_clause.py) hold a list only
to a clause of the cited article that says most of it: with none, they leave it. Read here: when a
sentence names one article of the document (and no other), a list of three members or more in it
(A、B、C或者D, as one_clause splits it) none of whose members that article has, while one other
article has every member word for word, is that other article's: the sentence is unsupported. A
list some of whose members the cited article has, or that no one article holds whole, is left to
the other readings. No word of any regulation is read here.
"""
from __future__ import annotations

import re
from typing import Callable

from .one_clause import _REF, _SEG, _squash
from .sources import bare
from ..references import find_refs, format_ref

MIN_MEMBERS = 3


def may_concern(sentence: str) -> bool:
    return sentence.count("、") >= MIN_MEMBERS - 1 and "条" in sentence


def problems(sentence: str, article_text: Callable[[int], str | None], articles: list[int]) -> list[str]:
    # an article named as such (第十四条; 四条 is a count of four)
    # (an article named inside brackets, 即第七条所称《…》, glosses a name: the list is not said of it)
    glossed = [range(m.start(), m.end()) for m in re.finditer(r"[（(][^）)]*[）)]", sentence)]
    named = {r.article for r in find_refs(sentence) if r.article and r.internal and not r.doc_number and not r.doc_title
             and "第" in sentence[r.start:r.end] and not any(r.start in g for g in glossed)}
    if len(named) != 1:
        return []
    (n,) = named
    own = article_text(n)
    if own is None:
        return []
    own_b = bare(own)
    for seg in _SEG.split(_REF.sub("，", _squash(sentence))):
        pieces = [bare(x) for x in seg.split("、")]
        if len(pieces) < MIN_MEMBERS or any(not re.fullmatch(r"[\u4e00-\u9fff]{2,10}", x) for x in pieces[1:-1]) \
                or len(pieces[0]) < 2 or len(pieces[-1]) < 2:
            continue
        members = [(pieces[0], "first")] + [(x, "middle") for x in pieces[1:-1]] + [(pieces[-1], "last")]
        # the first member carries the words leading into the list, the last the noun after it:
        # the middle ones are the list's own words
        inner = [m for m, w in members if w == "middle"]
        if len(inner) < MIN_MEMBERS - 2 or any(m in own_b for m, _ in members if len(m) <= 6) or \
                any(m in own_b for m in inner):
            continue
        for k in articles:
            if k == n:
                continue
            t = article_text(k)
            if t is not None and all(m in bare(t) for m in inner) and \
                    members[0][0][-2:] in bare(t) and members[-1][0][:2] in bare(t):
                return [f"“{'、'.join(m for m in inner)}”等是{format_ref(k)}的内容，{format_ref(n)}没有"]
    return []
