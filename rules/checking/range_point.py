"""The point of a range an amount is set at, said otherwise than the text sets it (branch
`heldmiss`): "从重处罚的，在罚款幅度内按上限确定罚款数额，也就是顶格处罚" where the text says
"在本办法第25条规定的罚款幅度内，按照不低于幅度中间值确定罚款数额".

The figures of the range stand in another article, so the sentence names no figure for the figure
readers to hold, and its words (罚款幅度, 确定罚款数额) are all the clause's: the support test
passes it. What it changes is the point of the range: its top (上限, 顶格, 最高额), its bottom
(下限, 最低额) or its middle (中间值). Read here: the points the sentence says (a point denied
just before it, 不是顶格, or bounded from the far side, 不超过上限, is none it says), and the
clauses of the held texts that name a point and share a run of four characters with the
sentence's other words (the act: 确定罚款数额). Where there are such clauses and none names a
point the sentence says, the sentence moved the point. A sentence that names no point, or a text
that names none near its words, decides nothing.
"""
from __future__ import annotations

import re

_POINTS = {
    "top": r"上限|顶格|最高额|最高限额?|最高(?=的?(?:数额|金额|标准|档))",
    "bottom": r"下限|最低额|最低限额?|最低(?=的?(?:数额|金额|标准|档))",
    "middle": r"中间值|中间数|中值|中位数?|中线",
}
_ANY = re.compile("|".join(f"(?:{p})" for p in _POINTS.values()))
# a point not said: denied just before it, or the far side of a bound (不超过上限 bounds, sets nothing)
_NOT_SAID = re.compile(r"(?:不是|并非|而非|不按|不一定|未必|不必|不用|无需|不超过|不高于|不得超过|不低于下限)[^，,。；;]{0,4}$")
RUN = 4


def _points(text: str, own: bool) -> set[str]:
    out = set()
    for kind, pattern in _POINTS.items():
        for m in re.finditer(pattern, text):
            if own and _NOT_SAID.search(text[max(0, m.start() - 8):m.start()]):
                continue
            out.add(kind)
    return out


def may_concern(text: str) -> bool:
    return bool(_ANY.search(text))


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    said = _points(sentence, True)
    if not said:
        return []
    parts = re.split(r"[^\u4e00-\u9fff]+", _ANY.sub("，", sentence))
    runs = {w[i:i + RUN] for w in parts for i in range(len(w) - RUN + 1)}
    placed = []
    for _, text in held:
        for clause in re.split(r"[。；;\n]", text):
            plain = re.sub(r"[^\u4e00-\u9fff]", "", clause)
            theirs = _points(clause, False)
            if theirs and any(r in plain for r in runs):
                if theirs & said:
                    return []
                placed.append(clause.strip())
    if not placed:
        return []
    return [f"原文定在幅度的另一处，不是这句所说的（原文：{placed[0]}）"]
