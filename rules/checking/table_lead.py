"""The words that lead into a table or a list whose rows all rest on one passage: "报告把2015年和2010年
做了对比（"八个大幅增长"中的几项）：" above a table of the report's figures for both years.

Such a lead says what the rows below it are; alone, the support test holds it to the closest
passage at the bar of a sentence of its own, and a lead is short and mostly talk (做了对比, 中的几项),
so it fell just under the bar. Once the rows are judged and all rest on one passage, the lead is
held to that passage as a sentence beside a verified claim is (`LEAD_COVERAGE`, the bar the
checker uses for what a sentence says beside its rule claim), with every figure and named thing
of it still there (the support test's other conditions), and every quoted word of it, however
short, word for word in the passage: a changed year (2005年) or a quoted phrase the passage does
not have ("八个大幅下降") still fails it.
"""
from __future__ import annotations

import re
from typing import Callable

from .sources import SourceSet, SourceText, squash

LEAD_COVERAGE = 0.35
_COUNT = re.compile(r"[一二两三四五六七八九十\d]+(?:种|项|类|个|条|点|档|组|方面)")
_QUOTED = re.compile(r"[“「\"]([^”」\"]{2,40})[”」\"]")


def rows_passage(verdicts: list, i: int, sources: SourceSet) -> SourceText | None:
    """The one passage every row after the lead at `i` rests on (two rows at least; a table's
    header lines between are skipped), else None."""
    rows = []
    for v in verdicts[i + 1:]:
        if v.verdict == "framing" and v.support.startswith("表头"):
            continue
        if v.verdict != "verified":
            break
        rows.append(v.support)
    if len(rows) < 2 or len(set(rows)) != 1:
        return None
    return next((p for p in sources.passages if p.label == rows[0]), None)


def judged(verdicts: list, sources: SourceSet, support: Callable) -> list[tuple[int, bool, str]]:
    """(index, right, why) for each unsupported lead (a unit ending in a colon) whose rows all rest
    on one passage; `support` is the checker's support test."""
    out = []
    for i, v in enumerate(verdicts):
        if v.verdict != "unsupported" or not re.search(r"[：:]\s*$", v.text) or _COUNT.search(_QUOTED.sub("", v.text)):
            continue                     # (a count of the rows is a claim of its own: count_lead.py and the rule readers)
        p = rows_passage(verdicts, i, sources)
        if p is None:
            continue
        quoted = [q for q in _QUOTED.findall(v.text) if squash(q) not in squash(p.text)]
        if quoted:
            out.append((i, False, f"“{quoted[0]}”不见于{p.label}。"))
            continue
        held, why = support(v.text, sources, [], {p.doc_id}, [p], [], min_coverage=LEAD_COVERAGE)
        if held is not None and held.label == p.label:
            out.append((i, True, f"表格引导：{p.label}"))
    return out
