"""The article that refers: a sentence that applies article N the way another article does.

"依照第二十五条处理相关人员" restates an item of 第十七条 ("依照本办法第二十五条的规定处理相关人员"),
not 第二十五条 itself: the article named after 依照 / 按照 / 按 / 根据 is the one the sentence's
act follows, and the statement it restates is the one that refers to it. The sentence is held to
that referring article, found by two facts read from the document (it cites the named article,
and it says the rest of the sentence), never by an article number in code. A sentence that names
an article no other article cites with its words keeps being held to the article it names.
"""
from __future__ import annotations

import re

from ..references import find_refs
from .sources import SourceSet, SourceText
from .support import coverage

# a reference the sentence applies: 依照第二十五条 / 按第二十条 / 根据本办法第六条的规定
_APPLIED = re.compile(r"(?:依照|依据|按照|按|根据|参照)(?:本办法|本规定|本条例|本细则)?(第[零一二两三四五六七八九十百\d]+条)")
_BAR = 0.35         # the share of the sentence's content pairs the referring article must hold (the
                    # support test then judges the sentence against it with its own bar)


def referrer(sentence: str, sources: SourceSet, named: list[SourceText], doc: str) -> SourceText | None:
    """The one article of `doc` that cites the article the sentence applies and says the rest of
    it, when the sentence names that one article only and restates the referring one better."""
    if len(named) != 1 or named[0].article is None or not _APPLIED.search(sentence):
        return None
    applied = {r.article for m in _APPLIED.finditer(sentence) for r in find_refs(m.group(1)) if r.article}
    if applied != {named[0].article}:
        return None
    own = coverage(sentence, named[0].text)
    found = [(coverage(sentence, p.text), p) for p in sources.of_document(doc)
             if p.article is not None and p.article != named[0].article
             and named[0].article in {r.article for r in find_refs(p.text) if r.internal and r.article}]
    found = [(c, p) for c, p in found if c >= _BAR and c > own]
    if len(found) != 1 and not (found and max(found, key=lambda t: t[0])[0] > sorted(c for c, _ in found)[-2]):
        return None
    return max(found, key=lambda t: t[0])[1]
