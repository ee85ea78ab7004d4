"""The text a measure set's condition is held to when a sentence gives the set without naming its
article: "只有在同时造成重大损失和恶劣影响的情况下，才会给予责令公开道歉、停职检查…" restates 第十条,
whose condition is 造成重大损失或者恶劣影响 (either suffices).

A sentence that lists two or more measures of one measure set of the rule data speaks of that set,
so the article the set comes from is where its condition is read (the support test's
`conjoined` then finds alternatives said to be needed together). Which article that is comes
from the rows' sources, never from the code.
"""
from __future__ import annotations

from ..schema import RuleBook
from .sources import SourceSet, bare


def pool(sentence: str, book: RuleBook, sources: SourceSet) -> str:
    plain = bare(sentence)
    arts = sorted({s.source.article for s in book.regulation.measure_sets
                   if s.source.article and sum(m in plain for m in s.measures) >= 2})
    doc = book.regulation.document
    return "\n".join(p.text for n in arts if (p := sources.article(n, doc)))
