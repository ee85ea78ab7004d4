"""Words of another document: "（《办法》修订后）引入了训诫、降职、辞退等组织手段", said in an answer
about what the paper reports. 降职 and 辞退 are no measures of the regulation, and a sentence
giving them as its measures is wrong; here they are facts of the paper, which says them word for
word. Such a sentence is held to that document like any sentence about it (the support test), not
to the regulation's list of measures.

(r22alarm) The document may be named only by a title another source cites: "行政过错责任追究办法
后来修订了吗？" names the 办法 the paper reports on, not the paper. A title the text names (with or
without 《》) that a document other than the regulation holds in its own text names that document
too, as the holder of what is said of the titled one; the same passage test then applies.
"""
from __future__ import annotations

import re

from ..references import find_refs
from ..schema import RuleBook
from . import claims as C
from .absence import _KINDS
from .sources import SourceSet
from .support import support

_OWN = ("本规定", "该规定", "这份规定", "问责方式", "问责暂行规定")


def _named_documents(text: str, sources: SourceSet, own: str) -> list[str]:
    """The documents other than the regulation that a text names, by title or by kind (论文, 报告)."""
    return [d for d, f in sources.documents.items() if d != own and
            (f.title and f.title in text or f.kind in _KINDS and _KINDS[f.kind].search(text))]


# (r22alarm) a document's title in running text: a run of characters ending in a kind of rule
_TITLE = re.compile(r"《([^》]{4,40})》|([\u4e00-\u9fff]{4,24}?(?:办法|条例|细则|决定|意见))")


def _citing_documents(text: str, sources: SourceSet, own: str) -> list[str]:
    """The documents other than the regulation whose own text holds a title the text names."""
    titles = [m.group(1) or m.group(2) for m in _TITLE.finditer(text)]
    # a title in running text may carry words before it (深圳的行政过错…办法): its tails of six or more
    titles = [t[i:] for t in titles for i in range(max(1, len(t) - 5))]
    titles = [t for t in titles if own not in sources.documents or t != sources.documents[own].title]
    if not titles:
        return []
    return [d for d in sources.documents if d != own and
            any(p.doc_id == d and any(t in p.text for t in titles) for p in sources.passages)]


def held_elsewhere(sentence: str, previous: str, question: str, sources: SourceSet, book: RuleBook) -> bool:
    """True when the words of the sentence that are no measures of the regulation are another
    document's: the sentence names no article and not the regulation, the document is named in it
    (else in the sentence before, else in the question), a passage of that document supports the
    sentence, and that passage has every such word."""
    words = [c for *_, cat, c in C.marks(sentence, book) if cat == "not_measure"]
    own = book.regulation.document
    if not words or any(w in sentence for w in _OWN) or any(r.article for r in find_refs(sentence)):
        return False
    if own in sources.documents and sources.documents[own].title in sentence:
        return False
    docs: list[str] = []
    cited = False
    for where in (sentence, previous, question):
        docs = _named_documents(where, sources, own) if where else []
        if not docs and where:
            docs = _citing_documents(where, sources, own)
            cited = bool(docs)
        if docs:
            break
    if not docs:
        return False
    passage, _ = support(sentence, sources, [], set(docs), [], [])
    if cited and passage is not None:
        # named only through a title it cites: every measure word the sentence gives, the
        # regulation's own too (训诫、停职), must be the passage's, as written
        words = [sentence[a:b] for a, b, cat, _ in C.marks(sentence, book) if cat in ("measure", "not_measure")]
        words += re.findall(r"\d+", sentence)     # and every figure (2005年和2007年 where it says 2008)
    return passage is not None and passage.doc_id in docs and all(w in passage.text for w in words)
