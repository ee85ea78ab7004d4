"""A short title several documents' titles contain: 《规定》 beside both 《深圳市党政领导干部问责暂行
规定》 and an ingested 《澜江市住房保障资格审核责任追究规定》 (branch regalarm).

Why: a short title names the document by a word its title ends with; the sources resolved it to
the first document whose title contains it, so a right draft about the ingested regulation's
《规定》第二十六条 was told that 第二十六条 does not exist in the Shenzhen regulation. Of the
documents whose titles contain the short title, the one the draft is about (the regulation its
bare 第N条 belong to) is meant; only when that one's title does not contain it is the first
match taken, as before. A short title the sources define for one document (以下简称《办法》) keeps
its definition.
"""
from __future__ import annotations

from .sources import SourceSet
from .own_short import names_own


def doc_for(title: str, sources: SourceSet, default_doc: str) -> str | None:
    """The document a title (full or short) names, the draft's own regulation first among those
    whose titles contain a short one."""
    found = sources.doc_by_title(title)
    if found is None and names_own(title, sources, default_doc):
        return default_doc                # 《办法》 of an ingested 办法 that defines no such name (own_short.py)
    if found is None or found == default_doc or title in sources.aliases:
        return found
    if any(title == d.title for d in sources.documents.values()):
        return found
    own = sources.documents.get(default_doc)
    return default_doc if own is not None and title in own.title else found
