"""A count that follows a span of articles counts that span: "第二章从第五条到第九条，共五条" says
the span holds five articles, not that the source holds five. Read as a count of the whole
source (`claims.article_counts`), a right sentence about a chapter was told the source runs to
第十八条. The span's own count is checked here, against its ends; the count of the source is left
to the source-count reader for every 共N条 that follows no span."""
from __future__ import annotations

import re

from ..references import cn_int
from .claims import Verdict

_N = r"[零一二两三四五六七八九十百\d]+"
# 从第A条到第B条 … 共N条 (the count in the same sentence, after the span, nothing but a comma or
# a few words between them)
_SPANNED = re.compile(rf"第({_N})条(?:到|至|—|-|～)第({_N})条[^。；;：:第]{{0,8}}?[，,]?(?:一共|总共|共)({_N})条")


def span_counts(sentence: str) -> tuple[list[Verdict], str]:
    """(verdicts on the counts of spans, the sentence without those counts). A span whose first
    article is 第一条 is the source's own extent (只有第一条到第十八条, 共十八条) and left to the
    source-count reader."""
    out: list[Verdict] = []
    rest = sentence
    for m in _SPANNED.finditer(sentence):
        try:
            a, b, n = cn_int(m.group(1)), cn_int(m.group(2)), cn_int(m.group(3))
        except ValueError:
            continue
        if a == 1:
            continue
        out.append(Verdict(b - a + 1 == n, f"第{m.group(1)}条到第{m.group(2)}条共{b - a + 1}条"
                           if b - a + 1 == n else f"第{m.group(1)}条到第{m.group(2)}条共{b - a + 1}条，不是{n}条。"))
        count = m.group(0)[m.group(0).rfind("共"):]
        rest = rest.replace(count, "", 1)
    return out, rest
