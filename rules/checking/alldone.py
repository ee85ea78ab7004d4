"""A whole said to be done in a clause that does not count it: "全部完成了：118项民生实事完成了116项"
where the report says "118项民生实事完成116项". `support.overstated` reads the whole counted before
its 全部 ("118项民生实事全部完成"); here 全部/都/全都 + the verb stand in a clause of their own and
say it of the whole the sentence counts elsewhere. That whole, given by the passage with a smaller
part done by the same verb, makes the claim false (the sentence even says so itself). A 全部 clause
with a count of its own ("6700件民生微实事全部完成") is about that count only, and a denied whole
(没有全部完成) is `wholes.part_done`'s."""
from __future__ import annotations

import re

from .sources import squash

_ALL = re.compile(r"(?:全部|全都|都已经|都已|都|均已|均|悉数|已全部|已经全部)(?:都|已|已经)?(?P<verb>[\u4e00-\u9fff]{2})")
_DENIED = re.compile(r"(?:没有|没|未|并未|并非|不是|尚未|还没有?|不)$")
_COUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)([项件个家所条名人])")


def whole_said(sentence: str, text: str) -> list[str]:
    """The whole claims of the sentence's uncounted clauses that the passage gives as only part
    done ("全部完成（原文：118项…完成116项）"); [] when there is none."""
    plain = squash(text)
    clauses = re.split(r"[，,：:；;。！!]", sentence)
    counted = [(n, u) for n, u in _COUNT.findall(sentence)]
    out = []
    for clause in clauses:
        if _COUNT.search(clause):
            continue
        for m in _ALL.finditer(clause):
            if _DENIED.search(clause[:m.start()]):
                continue
            verb = m.group("verb")
            for n, unit in counted:
                pat = rf"(?<![\d.]){re.escape(n)}{unit}[^，,。；;]{{0,16}}?{re.escape(verb)}(\d+(?:\.\d+)?){unit}"
                for pm in re.finditer(pat, plain):
                    if float(pm.group(1)) < float(n):
                        out.append(f"{m.group(0)}（原文：{pm.group(0)}）")
    return list(dict.fromkeys(out))
