""""论文分成两个阶段。": a document said to divide its subject into so many parts. The count and
what it counts are the passage's words (经历了初步探索和系统推行两个阶段); the rest of the sentence is
the document it names and a verb of dividing, so the support test found a quarter of its words and
flagged it. The count phrase (两个阶段) is held to the named document's passages: found there, the
sentence is supported; the same parts counted otherwise there (三个阶段) contradict it. A document
said to have its parts (论文讲了三个阶段, 经历了, 有) counts them as one that divides them does."""
from __future__ import annotations

import re

from .sources import SourceSet, SourceText

_KINDS = {"论文": "article", "文章": "article", "报告": "report", "工作报告": "report", "规定": "regulation"}
_DIVIDED = re.compile(r"^(?P<who>论文|文章|工作报告|报告|本?规定|《[^》]+》)(?:里|中)?(?:说|提到|指出|介绍|写道|认为)?(?:，|,)?(?:把[^，,。]{1,12}?)?(?:分成|分为|划分为|划分成|划成|分了|分(?=[一二两三四五六七八九十\d])|讲了|经历了|包括|有)"
                      r"(?P<n>[一二两三四五六七八九十\d]+)(?P<unit>个|类|种|项|部分)(?P<what>[\u4e00-\u9fff]{0,4})[。！!]?$")
_NUMERAL = "[一二两三四五六七八九十\\d]+"


def judged(sentence: str, sources: SourceSet) -> tuple[bool, SourceText | None, str] | None:
    """(right, the passage, why) for a document said to divide its subject into N parts; None when
    the sentence is none, or the document's passages count no such parts."""
    m = _DIVIDED.match(sentence.strip())
    if m is None:
        return None
    who = m.group("who")
    doc = sources.doc_by_title(who.strip("《》")) if who.startswith("《") else None
    kind = _KINDS.get(who.lstrip("本"))
    passages = [p for p in sources.passages if (doc and p.doc_id == doc) or (kind and p.doc_kind == kind)]
    n = m.group("n").replace("二", "两") if m.group("unit") == "个" else m.group("n")
    counted = re.compile(f"({_NUMERAL}){re.escape(m.group('unit'))}{re.escape(m.group('what'))}")
    for p in passages:
        for c in counted.finditer(p.text):
            if c.group(1).replace("二", "两") == n.replace("二", "两"):
                return True, p, ""
    other = next((c.group(0) for p in passages for c in counted.finditer(p.text)), None) if m.group("what") else None
    if other is not None:
        return False, None, f"来源说的是“{other}”。"
    return None
