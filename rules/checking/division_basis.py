"""What a list of cases is divided by, said in the lead before it: "第十条针对第五、六、七、九条的情形，
按后果分两档：" above its two cases, 造成 and 未造成重大损失或者恶劣影响 (branch r12alarmA).

按X names the dimension the cases differ by; the article says no such word, its cases simply are
the values (造成重大损失, 未造成…). So the basis is talk about the list, held to the list: X must be
a dimension of the vocabulary (`dimensions`: 后果 -> the consequence words, 等级 -> the severities),
and each case listed right after the lead must open with a value of that category, not all of them
the same one. Then the lead is judged without 按X, as "分两档：" is (its count held by the cases).
A basis the cases do not bear out (按事故等级分两档 above two consequences) is left in and stays a
term the passage lacks.
"""
from __future__ import annotations

import re

from ..references import cn_int

_BASIS = re.compile(r"按(?:照)?(?P<x>[\u4e00-\u9fff]{2,5}?)(?:的)?(?:不同)?(?=(?:划)?分(?:成|为)?(?P<n>[一二两三四五六七八九十\d]+))")


def without_basis(sentence: str, cases: list[str], dimensions: dict[str, str], marks) -> str:
    """The lead without 按X when the cases after it (`cases`, the list lines that follow) bear X
    out; `marks(text)` gives the (start, end, category, canonical) of the vocabulary's terms."""
    m = _BASIS.search(sentence)
    if m is None or not re.search(r"[：:]\s*$", sentence):
        return sentence
    category = dimensions.get(m.group("x"))
    if category is None or len(cases) < 2 or cn_int(m.group("n")) != len(cases):
        return sentence                  # (the count the division announces is the cases listed)
    values = []
    for case in cases:
        first = next((c for *_, cat, c in marks(case) if cat == category), None)
        if first is None:
            return sentence
        values.append(first)
    if len(set(values)) < 2:
        return sentence
    return sentence[:m.start()] + sentence[m.end():]


_CASE = re.compile(r"^\s*(?:[-*•·]\s*|\d{1,2}[、.．)）]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*|[一二三四五六七八九十]、)")


def cases_after(draft: str, line: int) -> list[str]:
    """The list lines right after the draft's line (blank lines skipped)."""
    out = []
    for text in draft.splitlines()[line + 1:]:
        if not text.strip():
            if out:
                break
            continue
        if not _CASE.match(text):
            break
        out.append(text)
    return out
