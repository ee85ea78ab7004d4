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
from .sources import SourceSet, SourceText, bare, bigrams
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


# (galarm5) the words a reference is followed by, past the 规定的 / 的 that only join it to its noun
_JOIN = re.compile(r"^(?:所?规定的|的规定的|的|中的|里的)")
_EMBED_BAR = 0.7     # the share of the sentence the referring article must hold (as `_misattributed` asks)
_EMBED_GAP = 0.3     # and by how much more than the article named


def _after(text: str, end: int) -> str:
    return re.sub(r"[^\u4e00-\u9fff]", "", _JOIN.sub("", text[end:]))[:2]


_GLUE = re.compile(r"所谓|也就是说?|就是|是指|指的是|[是即的了]")


def _every_clause(sentence: str, text: str) -> bool:
    """Each clause of the sentence has words of the referring article (所谓从重 for its 减轻追究 has none:
    the term glossed is another)."""
    held = bigrams(bare(text))
    for clause in re.split(r"[，,；;：:]", sentence):
        words = bigrams(bare(_GLUE.sub("", clause)))
        if words and not words & held:
            return False
    return True


def embedding(sentence: str, sources: SourceSet, named: list[SourceText], doc: str) -> SourceText | None:
    """(galarm5) "所谓减轻，是在第十七条相应档次以下降低一档确定追究方式": the article named is a reference
    the text makes inside another article (第十九条: "减轻追究，是指在本办法第十七条规定的相应档次以下降低
    一档…"), said with the words it has there. The sentence restates that referring article, not the one
    it names: the one article of `doc` that cites the named one, holds the sentence (_EMBED_BAR, and
    _EMBED_GAP more than the named), and has the reference followed by the same words as the sentence
    has it. A reference the sentence gives as its source (第十七条规定，… / 按第十七条) is followed by other
    words than the text's, and stays the sentence's article."""
    if len(named) != 1 or named[0].article is None:
        return None
    mine = [r for r in find_refs(sentence) if r.article == named[0].article and not r.doc_title and not r.doc_number]
    if len(mine) != 1 or not (after := _after(sentence, mine[0].end)) or len(after) < 2:
        return None
    own = coverage(sentence, named[0].text)
    found = []
    for p in sources.of_document(doc):
        if p.article is None or p.article == named[0].article:
            continue
        cites = [r for r in find_refs(p.text) if r.internal and r.article == named[0].article]
        if cites and any(_after(p.text, r.end) == after for r in cites) and _every_clause(sentence, p.text):
            c = coverage(sentence, p.text)
            if c >= _EMBED_BAR and c - own >= _EMBED_GAP:
                found.append(p)
    return found[0] if len(found) == 1 else None
