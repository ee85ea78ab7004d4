"""Which documents a sentence that names none may be supported by.

A sentence that names no document speaks of the draft's own subject: the regulation in focus
(the book's, or the ingested one `focus.py` chose) and the documents that are not regulations
(the report, the paper). Another regulation of the index, a national law above all, is not a
silent source: with the ten default laws ingested, "本规定适用于深圳市全体公务员…" was verified
by 《公职人员政务处分法》第二十三条 and "涉嫌犯罪的，移送纪检监察机关处理" by an ingested
regulation's article, because their words happened to be there. Such a regulation supports a
sentence only when the question or the draft names it (its title, its title without
中华人民共和国, or a short name the sources give it)."""
from __future__ import annotations

import re

from .sources import SourceSet

_STATE = "中华人民共和国"
# "本规定适用于…参照公务员法管理的…": 本规定 makes the regulation in focus the sentence's subject,
# whatever other law it mentions along the way
_THIS = re.compile(r"本(?:规定|办法|条例|细则|决定)")


def names_of(sources: SourceSet, doc_id: str) -> set[str]:
    """The names a document is cited by: its title, the title without the state's name, and the
    short names the sources define for it (公务员法)."""
    title = sources.documents[doc_id].title
    names = {title, title.removeprefix(_STATE)}
    names |= {short.strip("《》") for short, fulls in sources.aliases.items() if f"《{title}》" in fulls}
    return {n for n in names if len(n) >= 3}


def _regulations(sources: SourceSet) -> dict[str, set[str]]:
    """Each regulation of the sources with its names, built once per source set: the checker asks
    for every sentence that names no document, and the index may hold 352 laws."""
    cache = getattr(sources, "_unnamed_names", None)
    if cache is None:
        cache = {d.doc_id: names_of(sources, d.doc_id) for d in sources.documents.values() if d.kind == "regulation"}
        sources._unnamed_names = cache
    return cache


def default_scope(said: str, sources: SourceSet, focus: str | None, sentence: str = "") -> set[str] | None:
    """The documents an unnamed sentence of a draft (`said`: its question and draft) may rest on;
    None when every document may (no regulation but the one in focus)."""
    this = bool(_THIS.search(sentence))
    silent = {doc for doc, names in _regulations(sources).items()
              if doc != focus and (this or not any(n in said for n in names))}
    return set(sources.documents) - silent if silent else None
