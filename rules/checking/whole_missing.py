"""An article said to be lost in whole when the source keeps its opening: "第十八条整条都没有保留下来",
"现有文本的最后一条是第十七条" (branch r14pass).

A source that breaks off inside an article keeps that article's number and lead; only what follows
is missing. A clause that says the article itself is gone (整条 / 全部 / 完全 / 整个 with 没有保留,
缺失, 不在…) names the article as absent, which the source contradicts; so does a clause that makes
an earlier article the text's last one (最后一条是第十七条, 止于第十七条) while a later article stands
in the source. "第十八条的情形清单缺失" (a part lost) and "最后一条是第十八条" are left alone."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..references import find_refs, format_ref
from .claims import Verdict

_WHOLE = re.compile(r"整条|整个条文|全部|完全|全文|一个字")
_LOST = re.compile(r"没有(?:能)?保留|没(?:能)?保留|未(?:能)?保留|缺失|丢失|没有留下|没留下|不在|没有收录|未收录|都没有|整条缺")
_LAST = re.compile(r"最后一条(?:是|为|就是)|(?:止|截止)于|只到")


def verdicts(sentence: str, missing: set[int], exists: Callable[[int], bool]) -> list[Verdict]:
    """False verdicts for a kept-in-part article said wholly lost, and for an earlier article said to
    be the last while a later one stands; [] otherwise."""
    out = []
    for clause in re.split(r"[，,；;。]", sentence):
        arts = {r.article for r in find_refs(clause) if r.article and r.internal}
        if not arts:
            continue
        lost = arts & missing
        if lost and _WHOLE.search(clause) and _LOST.search(clause) and not re.search(r"开头|引导句|情形|清单|内容", clause):
            n = min(lost)
            out.append(Verdict(False, f"{format_ref(n)}在来源中保留了开头，缺的是它后面的内容，不是整条。"))
        last = _LAST.search(clause)
        if last:
            after = {r.article for r in find_refs(clause[last.end():]) if r.article and r.internal}
            if len(after) == 1 and exists(min(after) + 1):
                n = min(after)
                out.append(Verdict(False, f"来源在{format_ref(n)}之后还有{format_ref(n + 1)}。"))
    return out
