"""A short quoted name the sources do not have, where they have a name of the same shape.

Why: a quote of eight characters or more is looked up verbatim, but a shorter one is left in the
sentence for the support test (a quoted word may be the user's own: “一把手”, or a single
character: “可”), and the support test reads character pairs: “廉政监察室” where the paper says
“效能监察室” shares 监察室 and the rest of the sentence, and passed. Quotation marks around a
name say these are the source's words. A quoted name the sources do not have anywhere, while
they have a name of the same length ending in the same head (监察室, 领导小组, 责任制), is the
source's name with its qualifier exchanged: the sentence is flagged with the name the source uses.
A quoted word the question uses is the user's, not the source's.
"""
from __future__ import annotations

import re

from .sources import SourceSet, bare

_QUOTE = re.compile(r"[“「\"]([^”」\"]{3,7})[”」\"]")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
MIN_HEAD = 2              # characters of the head the quoted name shares with the source's


def rival(name: str, sources: SourceSet) -> str | None:
    """A name of the sources of the same length as `name`, ending in the same head (at least
    two characters, at most all but one), different from it."""
    for k in range(len(name) - 1, MIN_HEAD - 1, -1):
        head, n = name[-k:], len(name) - k
        for p in sources.passages:
            for m in re.finditer(re.escape(head), p.text):
                lead = p.text[max(0, m.start() - n):m.start()]
                if len(lead) == n and _CJK.match(lead) and lead + head != name:
                    return lead + head
    return None


def exchanged(text: str, question: str, sources: SourceSet) -> list[str]:
    """The short quoted names of `text` (three to seven Chinese characters) that the sources do
    not have, each with the source's name of the same shape."""
    out = []
    for m in _QUOTE.finditer(text):
        name = bare(m.group(1))
        # (r18alarm) the quote as written, its book marks kept (“按《办法》”), is the source's words too
        if not _CJK.match(name) or name in question or sources.verbatim(name) or sources.verbatim(m.group(1)):
            continue
        if any(name in bare(v) for d in sources.documents.values() for v in (d.issuer, d.date, d.lacks, d.origin, d.status)):
            continue     # (r21alarm) 元数据注明“未载明”: the words of a document's front matter

        other = rival(name, sources)
        if other is not None:
            out.append(f"引文“{name}”在来源中找不到原文（来源中是“{other}”）。")
    return out
