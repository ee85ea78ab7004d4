"""A party the text runs in step with another, said to run in step with a third (branch `wpsz`).

"…成立…事故问责组，与事故调查组同步开展问责调查工作" pairs the 事故问责组 with the 事故调查组.
"事故问责组与纪检监察机关是并行的两个组" keeps the article's words (纪检监察机关 forms the group)
and puts another partner beside it; the support test, which reads words and not who is paired
with whom, let it pass. Read here, for a verified sentence against the articles it is held to:
each "，与X同步 / 同时 / 并行 / 平行" of the text gives the partner X and the party P it is paired
with (the words that end the text just before it). A clause of the sentence that joins two sides
(A与B / A和B / A跟B / A同B) and then says they run in step (同步 同时 并行 平行, after 是 / 两个
or not), one side naming P, must have X on the other side; a clause whose other side names neither
X nor P pairs P with another: the sentence is unsupported. A clause that names X anywhere, or no
side that is P, is left to the other readings. No word of any regulation is read here.
"""
from __future__ import annotations

import re

from .sources import bare

_STEP = r"(?:同步|同时|并行|平行)"
# the text: ，与X同步 after the words that name the party (…组成的事故问责组，与事故调查组同步)
_TEXT_PAIR = re.compile(r"([\u4e00-\u9fff]{2,})[，,]?(?:与|和|同)([\u4e00-\u9fff]{2,10}?)" + _STEP)
# the sentence: A与B(是)(并行的两个组 / 同步开展…)
_SAID_PAIR = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,12}?)(?:与|和|跟|同(?![步时]))(?P<b>[\u4e00-\u9fff]{2,12}?)"
                        r"(?:是|为|属于|两者|二者|这两个组)?(?:两个|两)?(?:个)?" + _STEP)
TAIL = 3          # characters of a name that stand for it (调查组 for 事故调查组)


def may_concern(sentence: str) -> bool:
    return bool(re.search(_STEP, sentence)) and bool(re.search(r"[与和跟同]", sentence))


def _names(side: str, name: str) -> bool:
    """Whether one side of the sentence's pair names the text's party (by its last characters)."""
    return name[-TAIL:] in side or (len(side) >= 2 and name.endswith(side))


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    """Why the sentence pairs the text's party with another partner than the text's."""
    pairs = {(m.group(1), m.group(2)) for _, text in held for m in _TEXT_PAIR.finditer(bare(text))}
    if not pairs:
        return []
    for clause in re.split(r"[，,。；;！!？?\n]", sentence):
        c = bare(clause)
        for party, partner in pairs:
            if _names(c, partner):
                continue                    # the text's partner is named: not another one
            for m in _SAID_PAIR.finditer(c):
                a, b = m.group("a"), m.group("b")
                other = b if _names(a, party) else a if _names(b, party) else None
                if other is not None:
                    return [f"原文是与{partner}同步进行，这句说成与“{other}”"]
    return []
