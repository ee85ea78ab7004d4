"""An act the text runs alongside another party's, said to come before or after it (branch `r17miss`).

"…成立事故问责组，与事故调查组同步开展问责调查工作": the two groups work at the same time. A
draft that says "问责组在事故调查组完成调查之后接手" keeps every word of the article but one
relation, and the support test, which reads words and not the order of events, let it pass.
Read here, for a verified sentence against the articles it is held to: each party the text pairs
an act with by 与X同步 / 与X同时 / 和X同步 gives X. A clause of the sentence that names X and then,
within a few characters, puts the act before or after X's (之后 以后 后 之前 以前 前, with 完成 /
结束 between or not), while the sentence says nothing of the two together (同步 同时 一起 一并 平行),
orders what the text runs in step: the sentence is unsupported.
"""
from __future__ import annotations

import re

from .sources import bare

_PAIRED = re.compile(r"(?:与|和|同)([\u4e00-\u9fff]{2,10}?)(?:同步|同时)")
_TOGETHER = re.compile(r"同步|同时|一起|一并|平行|并行")
_ORDER = r"[\u4e00-\u9fff]{0,8}?(?:之后|以后|之前|以前|后|前)"


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    """Why the sentence orders an act the text says runs in step with another party's."""
    if _TOGETHER.search(sentence):
        return []
    parties = {m.group(1) for _, text in held for m in _PAIRED.finditer(bare(text))}
    for party in parties:
        for clause in re.split(r"[，,。；;！!？?\n]", sentence):
            m = re.search(re.escape(party) + _ORDER, bare(clause))
            if m:
                return [f"原文是与{party}同步进行，这句说成“{m.group(0)}”"]
    return []
