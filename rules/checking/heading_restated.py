"""A section's heading said as a sentence: "是深圳市反腐倡廉形势发展的必然结果。" as an item under
"论文从四个方面讲背景：", where the paper's section 一（四） is headed "推行行政问责制是深圳市反腐倡廉形势
发展的必然结果".

A paper or report states its points in its headings; the body below a heading argues the point in
other words. A sentence that gives the heading is held by the heading, not by the body, which the
support test reads (the heading is quotable text of the source, `SourceSet.headings`, but no
passage's text). Headings are short, so the reading is strict: the sentence, compared without its marks
and spaces, is the passage's own heading, or the heading without words
before it (its subject, left to the lead above the list), cut where the heading does not negate
what follows (不是X is not X). A word changed (必然要求 for 必然结果) is not the heading, and the
sentence stays with the support test.
"""
from __future__ import annotations

import re

from .sources import SourceSet, SourceText, bare

MIN_CHARS = 8                 # a shorter sentence is too little to be a heading's point
_NEGATING = re.compile(r"[不没未非无别勿莫]$")


def restated(sentence: str, sources: SourceSet) -> SourceText | None:
    """The passage whose own heading the sentence restates, else None."""
    said = bare(re.sub(r"^(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)", "", sentence.strip()))
    if len(said) < MIN_CHARS:
        return None
    for p in sources.passages:
        if not p.heading:
            continue
        own = bare(p.heading.split(" ")[-1])
        if own.endswith(said) and not _NEGATING.search(own[:len(own) - len(said)]):
            return p
    return None
