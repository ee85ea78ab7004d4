"""The passage a verified sentence is held to when that passage is no article (branch `wpsz`).

The readings that hold a sentence to the clauses of what it restates (one_clause.py) take the
articles its support names: "《…办法》第十二条", a rule row's id. A sentence supported by a section
of a paper or report ("《深圳市实施行政问责制的实践与思考》二（一）1") named none, so a list that
restates the section's list with one member swapped for a word the section says elsewhere
(训诫、停职、辞退 where the list is 训诫、降职、辞退 and 停职 is in the section's other list) was
held to nothing and passed. Here the support's passage labels are read back into the passages
they name, as (None, text) pairs: the section's lists are held like an article's (one_clause.py
`list_problems`, reading (a) alone: a report's figures and objects are left to the other readings).
"""
from __future__ import annotations

from .sources import SourceSet


def held(support: str, sources: SourceSet) -> list[tuple[int | None, str]]:
    """(None, text) of each passage with no article number whose label the support names."""
    if not support.startswith("《"):
        return []
    out = []
    for p in sources.passages:
        at = support.find(p.label) if p.article is None and p.label else -1
        end = at + len(p.label)
        # 二（一） is not 二（一）1: the label ends where the support's does, or at a mark
        if at >= 0 and (end == len(support) or not support[end].isalnum()):
            out.append((None, p.text))
    return out
