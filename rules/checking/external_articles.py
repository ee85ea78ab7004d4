"""Articles of another document given as the rule for a matter: "进一步问责的依据，具体是中办发[2009]25号
的第八、九条（第十五条）" where 第十五条 says only "可依照中办发[2009]25号文件进一步问责" and it is
第十七条 that names that document's 第八条、第九条 (for 从重、从轻情节).

The sources do name those articles of the document, so the reading that checks a cited external
article passes the sentence ("来源引用了…第八条"); but the sentence says they are the rule for its
own matter. Read here: the external articles (DOC第N条, DOC的第N、M条, DOC文件第N条) must be named
with that document by an article of the regulation the sentence itself cites for it (其中一条:
the internal article named beside them); when the sentence cites none and gives them as a basis
(依据 / 依照 / 根据 / 按照 / 按), by a passage that says the sentence's own matter (MIN_SHARE of its
content pairs, the references set aside). Else the sentence is unsupported.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..references import find_refs, int_cn, number_key
from .support import coverage

MIN_SHARE = 0.5
_BASIS = re.compile(r"依据|依照|根据|按照|按")


def may_concern(sentence: str) -> bool:
    return "第" in sentence and bool(re.search(r"号|《", sentence))


def _external(sentence: str) -> tuple[str, set[int], set[int]]:
    """(the document's key, its articles named, the regulation's own articles named)."""
    refs = find_refs(sentence)
    key, theirs, own = "", set(), set()
    for i, r in enumerate(refs):
        doc = r.doc_number or (f"《{r.doc_title}》" if r.doc_title and not r.alias else None)
        if doc and r.article:
            key = key or doc
            theirs.add(r.article) if doc == key else None
        elif doc and r.article is None:
            # DOC的第八、九条 / DOC文件第八条: the next reference, glued to it, is its articles
            glued = re.match(r"(?:文件)?的?", sentence[r.end:]).end()
            nxt = [q for q in refs[i + 1:] if q.internal and q.start == r.end + glued]
            if nxt:
                key = key or doc
                theirs.update(q.article for q in nxt) if doc == key else None
    spans = {(r.start, r.end) for r in refs if not r.internal}
    for r in refs:
        if r.internal and not any(s <= r.start < e for s, e in spans):
            glued_to_doc = any(e <= r.start and re.fullmatch(r"(?:文件)?的?", sentence[e:r.start]) for s, e in spans)
            if not glued_to_doc:
                own.add(r.article)
    return key, theirs, own


def problems(sentence: str, article_text: Callable[[int], str | None], passages: list[str],
             held: Callable[[str], bool] = lambda title: False) -> list[str]:
    """Why another document's articles are not the rule the sources give for the sentence's matter.
    `held` says whether a title is a document the sources hold (its articles are its own, not cited)."""
    key, theirs, own = _external(sentence)
    if not key or not theirs or (key.startswith("《") and held(key.strip("《》"))):
        return []
    bare_key = key.strip("《》")

    def names_all(text: str) -> bool:
        found = set()
        for r in find_refs(text):
            if r.article and (number_key(r.doc_number) == number_key(key) or r.doc_title == bare_key):
                found.add(r.article)
        for i in (m.end() for m in re.finditer(re.escape(key), text)):
            found.update(r.article for r in find_refs(text[i:i + 20]) if r.article and r.start <= 3)
        return theirs <= found

    label = "、".join(f"第{int_cn(n)}条" for n in sorted(theirs))
    if own:
        texts = [t for n in own if (t := article_text(n)) is not None]
        if texts and not any(names_all(t) for t in texts):
            return [f"所引条文没有写{key}{label}"]
        return []
    if not _BASIS.search(sentence):
        return []
    rest = sentence
    for r in sorted(find_refs(sentence), key=lambda r: -r.start):
        rest = rest[:r.start] + rest[r.end:]
    rest = re.sub(r"文件|[的，,。；;（）()]", "", rest)
    naming = [t for t in passages if names_all(t)]
    if naming and len(rest) >= 4 and not any(coverage(rest, t) >= MIN_SHARE for t in naming):
        return [f"来源中写{key}{label}的条文讲的不是这件事"]
    return []
