"""A term said to be one of what an article lists when the article never names it: "……也可以和其他
问责方式合并适用，而行政拘留也是第十条规定的问责方式之一" where 第十条 lists no 行政拘留.

A clause "X也是第N条规定的K之一" names its own article, and the readers of lists only look at the
terms the rule data know (行政拘留 is none of the regulation's measures, so nothing reads it), while
the support test finds every other word of the sentence in that article. Read here: X, the clause's
subject, must be in the text of the article it names (the whole article: a paragraph named is
read with its article, so a term of another paragraph is left to the other readings). The kinds of
things a draft names in its own words (a 情形 or 行为 restated, 没按时巡查 for 未按照规定的频次组织
巡查) are left to the other readings: only a named thing (a measure, a body, a term) must be found as
written; a pronoun subject (这, 它, 该…) is not read.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs
from .sources import bare

_NUM = r"[零一二两三四五六七八九十百\d]+"
_CLAUSE = re.compile(
    rf"(?:^|[，,；;。])(?:而且|而|但是|但|另外|此外|同时|并且|其中)?(?P<x>[\u4e00-\u9fff]{{2,8}}?)"
    rf"(?:也|同样|都|还|则|本身|就|正|即)?(?:是|属于)(?P<ref>(?:本办法|本规定|本条例)?第{_NUM}条(?:第{_NUM}款)?)"
    rf"(?:规定|所列|列举|列出|列明|所说)?的(?P<kind>[\u4e00-\u9fff]{{1,8}}?)(?:之一|中的一种|中的一项|中的一个)")
_PRONOUN = re.compile(r"这|那|它|该|此|其|上述|以上|前者|后者|哪")
# kinds a draft restates in its own words (a case, an act), not things it must name as written
_RESTATED_KIND = re.compile(r"(?:情形|情况|行为|情节|事项|问题|事由|理由|条件)$")


def may_concern(sentence: str) -> bool:
    return "之一" in sentence or "中的一" in sentence


def problems(sentence: str, article_text: Callable[[int], str | None]) -> list[str]:
    if not may_concern(sentence):
        return []
    for m in _CLAUSE.finditer(sentence):
        x, kind = m.group("x"), m.group("kind")
        if _PRONOUN.search(x) or _RESTATED_KIND.search(kind):
            continue
        refs = [r for r in find_refs(m.group("ref")) if r.article]
        if len(refs) != 1:
            continue
        text = article_text(refs[0].article)
        if not text:
            continue
        if bare(x) not in bare(text):
            return [f"“{x}”：{m.group('ref')}没有列它"]
    return []
