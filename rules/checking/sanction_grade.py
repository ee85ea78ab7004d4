"""One grade of the scale of disciplinary sanctions said for another: "依法给予降级以上政务处分" where
the text says "依法给予撤职以上政务处分" (branch `wsz4`).

The sanctions of Chinese public law form a closed, ordered scale (警告 < 记过 < 记大过 < 降级 < 撤职
< 开除); a grade exchanged for another keeps every other word of the clause, and the grade said is
often in the document elsewhere (or in no passage held), so the support test passes it. As with
the colours of a warning (`graded_scales`), no paraphrase trades one member of the scale for
another. Read here: a grade of the sentence framed by the held text's own words (two characters
before it and four after it, 以上政务处分 …) where the text puts another grade of the scale in that
frame and never this one.
"""
from __future__ import annotations

import re

# the scale, in its order (the longer name first where one holds another: 记大过 before 记过)
SCALE = ("警告", "记过", "记大过", "降级", "撤职", "开除")
_GRADE = re.compile("|".join(sorted(SCALE, key=len, reverse=True)))
_PUNCT = re.compile(r"[，,。；;：:、“”（）()\s]")
BEFORE, AFTER = 2, 4


def may_concern(text: str) -> bool:
    return bool(_GRADE.search(text))


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    texts = [_PUNCT.sub("", t) for _, t in held]
    if not texts:
        return []
    flat = _PUNCT.sub("", sentence)
    for m in _GRADE.finditer(flat):
        before, after = flat[max(0, m.start() - BEFORE):m.start()], flat[m.end():m.end() + AFTER]
        if len(before) < BEFORE or len(after) < AFTER:
            continue
        frame = re.compile(re.escape(before) + "(" + _GRADE.pattern + ")" + re.escape(after))
        theirs = {f.group(1) for t in texts for f in frame.finditer(t)}
        if theirs and m.group(0) not in theirs:
            return [f"原文在这里说的是“{'、'.join(sorted(theirs))}”，不是“{m.group(0)}”"]
    return []
