"""Where the text breaks off, given by its last words: "现有文本到“党政领导干部有下列情形之一的，不予
问责：”就断了，具体列了几项看不到。" answering "第十八条下面有几项？".

The quote is the whole surviving text of an article the source cuts off (第十八条), and saying the
text breaks off at it is saying that article is cut. Without the article's number the sentence was
held to the nearest passage by its words (a paper's) and failed, and the "无法确定" before it found
no sentence after it saying what is missing about the article asked. When a sentence that says the
text breaks off names no article and quotes words that end exactly one cut article's surviving text
(its last words, not any words of it), the article is written before the quote and the sentence is
judged as one that names it. A quote of an article that is whole, or of words before a cut article's
end, is left as written.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs, format_ref
from .sentences import INLINE_QUOTE, MIN_QUOTE
from .sources import SourceSet, bare


def located(text: str, sources: SourceSet, doc: str, says_cut: Callable[[str], bool]) -> str:
    """The sentence with a cut article's label before the quote of its last words; else unchanged."""
    if "”" not in text and "」" not in text and '"' not in text:
        return text
    if not says_cut(INLINE_QUOTE.sub("", text)) or any(r.article for r in find_refs(text)):
        return text
    cut = [p for p in sources.passages if p.truncated and p.article is not None and p.doc_id == doc]
    for m in INLINE_QUOTE.finditer(text):
        said = bare(m.group(1))
        if len(said) < MIN_QUOTE:
            continue
        ends = [p for p in cut if bare(p.text).endswith(said)]
        if len(ends) == 1:
            return text[:m.start()] + format_ref(ends[0].article) + text[m.start():]
    return text
