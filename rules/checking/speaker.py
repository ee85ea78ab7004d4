"""The document a sentence says it reports: "论文介绍，…；存在行政过错的，移送司法机关处理". A sentence that
names its speaker by kind (论文说, 报告里提到, 据论文) reports that document, so the support test
asks that document's passages only: "移送司法机关处理" is found in 第四条 of the regulation, but the
paper, which the sentence reports, hands over to 监察机关或主管行政机关 (read by `recipients.py`
once the passage is the paper's). A clause cut from the same sentence at a semicolon (；) names no
speaker of its own and goes on reporting the one before it.

Only the kinds a word names without doubt: 论文 / 文章 (a paper), 报告 (a report), each followed by
a verb of saying or a locative (论文说, 论文里, 报告中), or after 据 / 根据 / 按; the document is
every document of that kind in the sources."""
from __future__ import annotations

import re

from .sources import SourceSet

_KINDS = {"paper": "论文|文章", "article": "论文|文章", "report": "政府工作报告|工作报告|报告"}
_SAYS = r"(?:里面|里|中|上)?(?:还|也|则|又)?(?:说|介绍|提到|提及|指出|认为|写道|写到|写|称|讲|谈到|显示|披露|强调|总结|记载|列举|举了|的说法|所说|里说)"


def docs_said(sentence: str, sources: SourceSet) -> set[str] | None:
    """The documents the sentence reports by naming their kind, or None when it names none (or
    names a title, which the checker reads itself)."""
    plain = re.sub(r"《[^》]*》", "", sentence)
    out: set[str] = set()
    for kind, words in _KINDS.items():
        if re.search(rf"(?:{words}){_SAYS}|(?:据|根据|按照?|依照)(?:那篇|这篇|该)?(?:{words})", plain):
            out |= {d for d, f in sources.documents.items() if getattr(f, "kind", None) == kind} or \
                {p.doc_id for p in sources.passages if p.doc_kind == kind}
    return out or None


def carried(sentence: str, sources: SourceSet) -> set[str] | None:
    """The documents a unit that ends at a semicolon hands to the clause after it."""
    return docs_said(sentence, sources) if re.search(r"[；;]\s*$", sentence) else None


# (szalarm6) the share of a reported sentence's words its passage must hold to stand in for the
# regulation's articles: higher than the support test's, since the sentence also names a measure
# of the regulation (训诫) that a weaker match would let pass as the report's
REPORTED = 0.6


def reported_passage(sentence: str, sources: SourceSet, said: set[str]):
    """The passage of the reported documents that best holds the sentence, when it holds most of it;
    None else. "按文章的介绍，《办法》2005年、2008年两次修订…，引入了训诫…" reports the paper, and its
    figures are the paper's, held to that passage rather than to the regulation's articles."""
    from .support import coverage
    best = max((p for p in sources.passages if p.doc_id in said), key=lambda p: coverage(sentence, p.text), default=None)
    return best if best is not None and coverage(sentence, best.text) >= REPORTED else None
