"""The articles a provision is said of, read as the claim's subject, not its citation: "按第十三条至
第十六条作出处理后，都可以…进一步问责" where 第十五条 says "按本规定第十三条、第十四条初步问责后，…可
依照中办发[2009]25号文件进一步问责". The support test reads every article the sentence names as a
passage it may rest on (第十三条 to 第十六条, 第十五条 among them) and finds the words; but the
articles here are not where the claim comes from, they are what it is about: the outcome of
handling under them (按…条 + an act + 后).

The frame is 按 / 按照 / 依照 / 依据 / 根据 (本规定 / 本办法…), the articles, then an act of a few
characters and 后 / 之后 / 以后 with no comma between: "按第十三条、第十四条初步问责后". (An article
followed by a comma, 按照第十五条，…, cites; it is no frame.) A sentence of the text with such a
frame whose remainder restates the sentence's (most of its words) names the set the provision is
said of; an article the sentence puts in its frame that the text's frame does not name says the
provision reaches cases the text does not give it. (Naming fewer says less, and is left to the
readers of restrictions.)"""
from __future__ import annotations

import re
from functools import lru_cache

from ..references import find_refs, format_ref
from .sources import SourceText
from .support import coverage

_FRAME = re.compile(r"(?:按照?|依照|依据|根据)(?:本规定|本办法|本条例|本细则|本规则|本实施办法)?"
                    r"(?P<refs>第[零一二两三四五六七八九十百\d]+条(?:[、和及与或至到—-]+(?:第)?[零一二两三四五六七八九十百\d]+条?)*)"
                    r"(?:的?规定)?(?P<act>[^，,。；;：:第]{2,12}?)(?:后|之后|以后)")
_SENTENCE = re.compile(r"[^。；;\n]+")


@lru_cache(maxsize=1 << 12)
def _frames(text: str) -> tuple[tuple[frozenset[int], str, str], ...]:
    """(the articles of each frame, the rest of its sentence without the frame, the frame)."""
    out = []
    for s in _SENTENCE.findall(text):
        for m in _FRAME.finditer(s):
            arts = frozenset(r.article for r in find_refs(m.group("refs")) if r.article and r.internal)
            if arts:
                out.append((arts, s[:m.start()] + s[m.end():], m.group(0)))
    return tuple(out)


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    """Why the articles the sentence's frame names are not those the text's frame names; []
    when they are, or no frame is read."""
    if "条" not in sentence or not re.search(r"后", sentence):
        return []
    mine = _frames(sentence)
    if not mine:
        return []
    theirs = [(f, p) for p in passages for f in _frames(p.text)]
    for arts, rest, frame in mine:
        for (their_arts, their_rest, their_frame), p in theirs:
            if coverage(rest, their_rest) < 0.6 or coverage(their_rest, rest) < 0.6:
                continue
            extra = sorted(arts - their_arts)
            if extra:
                said = "、".join(format_ref(n) for n in sorted(their_arts))
                return [f"{p.label}说的是“{their_frame}”，只涉及{said}，不包括{'、'.join(format_ref(n) for n in extra)}"]
    return []
