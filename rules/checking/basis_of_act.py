"""The ground an act is taken on (根据X，…), held to the statement that takes that act: "根据国务院、省
作出的问责决定，可依照中办发[2009]25号文件…进一步问责" where the text says "根据事故调查结果，可依照
中办发[2009]25号文件进一步问责" and names the 国务院、省 decision in a neighbouring article that the
sentence also cites (branch `wsz4`).

A sentence citing two or three articles has all their words, so a ground taken from one of them and
given to the act of another passes the support test. Read here: the words after the sentence's
根据 / 依据 phrase (its act, up to the clause's end) and the statements of the held texts that have a
根据 / 依据 phrase of their own followed by the same act (a run of at least RUN characters in common).
When such statements exist and the sentence's ground shares no character pair with any of their
grounds, the ground is another statement's. A ground that is an article or a title (第…条, 《…》)
is the reference readings'.
"""
from __future__ import annotations

import re

from .sources import bare, bigrams

_GROUND = re.compile(r"(?:根据|依据)([^，,。；;：:]{2,30})[，,]([^。；;]{6,80})")
RUN = 8


def may_concern(text: str) -> bool:
    return bool(_GROUND.search(text))


def _shares_run(a: str, b: str, run: int = RUN) -> bool:
    return any(a[i:i + run] in b for i in range(len(a) - run + 1))


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    statements = [s for _, t in held for s in re.split(r"[。；;\n]", t)]
    for m in _GROUND.finditer(sentence):
        ground, act = m.group(1), bare(m.group(2))
        if re.search(r"第[零一二两三四五六七八九十百\d]+[条款项]|《|本办法|本规定|规定", ground):
            continue
        theirs = [g.group(1) for s in statements for g in _GROUND.finditer(s) if _shares_run(act, bare(g.group(2)))]
        if theirs and not any(bigrams(ground) & bigrams(t) for t in theirs):
            return [f"原文这一做法的依据是“{theirs[0]}”，不是“{ground}”"]
    return []
