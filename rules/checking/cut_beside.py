"""A figure said beside a cut: "现有内容在第十八条开头就断了，只在标题下标着2009-12-15这个日期。"

That an article is cut verifies the sentence's clauses about the cut and about the article; a clause
beside them that names no article and gives a figure (a date, a number) was carried by the cut's
verdict unread, so a wrong date (2009-12-16) passed. Each such clause's figures must each be found
in the sources (their passages or a document's front matter), as written; else the sentence fails.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs

_FIGURE = re.compile(r"\d[\d\-./年月日]*\d|\d")
_CLAUSES = re.compile(r"[，,；;]")


def unfound(sentence: str, says_cut: Callable[[str], bool], texts: list[str]) -> str | None:
    """The first figure of a clause beside the cut that no source text has, or None."""
    if not re.search(r"\d", sentence):
        return None
    for clause in _CLAUSES.split(sentence):
        if says_cut(clause) or any(r.article for r in find_refs(clause)):
            continue
        for m in _FIGURE.finditer(clause):
            if not any(m.group(0) in t for t in texts):
                return m.group(0)
    return None
