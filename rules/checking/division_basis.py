"""What a list of cases is divided by, said in the lead before it: "第十条针对第五、六、七、九条的情形，
按后果分两档：" above its two cases, 造成 and 未造成重大损失或者恶劣影响 (branch r12alarmA).

按X names the dimension the cases differ by; the article says no such word, its cases simply are
the values (造成重大损失, 未造成…). So the basis is talk about the list, held to the list: X must be
a dimension of the vocabulary (`dimensions`: 后果 -> the consequence words, 等级 -> the severities),
and each case listed right after the lead must open with a value of that category, not all of them
the same one. Then the lead is judged without 按X, as "分两档：" is (its count held by the cases).
A basis the cases do not bear out (按事故等级分两档 above two consequences) is left in and stays a
term the passage lacks.

(r19alarm) The basis said as a yes-or-no condition: "以是否“造成重大损失或者恶劣影响”为界：" above
"造成了：…" and "没造成：…". The condition is quoted, so it must be the cited article's own words
(`held`); the cases after it must be two, each opening with the condition's verb (its first two
characters), one of them denied (没 / 未 / 不) and the other not. Then the lead is judged without the
basis, as "看第十条第一款：" is. A condition the article lacks, or cases that are not its yes and its
no, leave the lead as written.
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


_POLAR = re.compile(r"[，,]?(?:以|按|按照|根据)是否[“「](?P<x>[^”」]{2,30})[”」](?:为界|为标准|为准|来区分|来划分|来分|划分|区分)(?:的)?(?=[：:]\s*$)")


_POLAR_LEFT = re.compile(r"[，,]?(?:以|按|按照|根据)是否(?:[“「][^”」]*[”」])?(?:为界|为标准|为准|来区分|来划分|来分|划分|区分)(?:的)?(?=[：:]\s*$)")


def without_polar_basis(sentence: str, text: str, cases: list[str], held) -> str:
    """The lead without 以是否“X”为界 when X is the article's words (`held(x)`) and the two cases
    after it are X's verb and X's verb denied; `text` is the sentence as written (the quote may
    be gone from `sentence`, held verbatim by the quote reading)."""
    m = _POLAR.search(text)
    if m is None or len(cases) != 2:
        return sentence
    x = m.group("x")
    verb = x[:2]
    if not held(x):
        return sentence
    denied = []
    for case in cases:
        body = _CASE.sub("", case, count=1).strip()
        c = re.match(rf"^(?P<neg>没有?|未|不)?{re.escape(verb)}", body)
        if c is None:
            return sentence
        denied.append(bool(c.group("neg")))
    if sorted(denied) != [False, True]:
        return sentence
    return _POLAR_LEFT.sub("", sentence, count=1)


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
