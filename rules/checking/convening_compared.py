"""The convening rows compared on one of their parts: "时限一样，区别在召开主体的层级。",
"两种情况召开的机关不同，时间要求相同。".

After a list of who convenes and within how long, a sentence often sums it up by comparing the
rows: the deadline is the same, the body differs. It names no body and no figure, so no claim
reader saw it and the support test found nothing. Here each clause that compares one part of the
rows (the deadline: 时限 / 时间 / 期限; the body: 主体 / 机关 / 召开者) as the same (一样, 相同, 一致)
or different (不同, 不一样, 区别在…) is held to the convening rows that hold a meeting (of the
severities the sentence names, else all of them): the same when every such row has one value of
that part. "时限不同" or "召开主体一样" fails. The sentence is accounted for only when nothing but
such comparisons is left in it.
"""
from __future__ import annotations

import re

from ..schema import RuleBook
from .claims import Verdict, marks
from .sources import bare

_PART = r"(?P<part>时限|时间要求|时间|期限|召开(?:的)?主体|召开(?:的)?机关|召开者|主体|机关)"
_SAME = re.compile(rf"^(?:两者|二者|两种情况|两类事故|它们)?(?:的)?{_PART}(?:的层级)?(?:也|都|是)*(?P<verdict>一样|相同|一致|没有区别|不同|不一样|有别)$")
_DIFF_IN = re.compile(rf"^(?:两者|二者|它们)?(?:的)?(?:区别|差别|不同)(?:主要)?(?:在于|在|是)?{_PART}(?:的层级|上|这一点)?$")
_TALK = re.compile(r"召开|现场会")


def compared(sentence: str, book: RuleBook, question: str) -> list[Verdict]:
    """Each comparison clause held to the convening rows; whole when nothing else is said."""
    if not (_TALK.search(sentence) or _TALK.search(question)):
        return []
    sevs = {c for *_, cat, c in marks(sentence, book) if cat == "severity"}
    rows = [r for r in book.regulation.convening if r.hours is not None and (not sevs or sevs & set(r.severities))]
    if len(rows) < 2:
        return []
    out: list[Verdict] = []
    clauses = [c for c in re.split(r"[，,；;。]", sentence) if bare(c)]
    for clause in clauses:
        c = bare(clause)
        m = _SAME.match(c)
        d = _DIFF_IN.match(c)
        if m is None and d is None:
            return [v for v in out if not v.ok]
        part = (m or d).group("part")
        values = {r.hours for r in rows} if re.search(r"时", part) or part == "期限" else {r.body for r in rows}
        same = m is not None and m.group("verdict") in ("一样", "相同", "一致", "没有区别")
        ok = (len(values) == 1) == same
        label = "、".join(r.source.article_label for r in rows)
        out.append(Verdict(ok, f"{label}：{part}{'相同' if len(values) == 1 else '不同'}" if ok else
                           f"与{label}不符：{part}{'相同' if len(values) == 1 else '不同'}。"))
    return [Verdict(v.ok, v.message, whole=True) for v in out]
