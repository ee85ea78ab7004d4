"""Years said together of one thing: "修订了两次，分别在2006年和2008年。"

A coordination of years (A年和B年, A年、B年, A年与B年) dates the same event, or the members of one
list, and a source that gives them gives them together. The support test holds a figure found
anywhere in the document's context, so 2006 (said of something else in another section) and 2008
(said of the revision) passed together where the source says 2005年和2008年. Here every year of
such a coordination must stand in one passage (or one document's front matter) with the others;
else the sentence fails with the year the closest passage lacks.
"""
from __future__ import annotations

import re

_PAIR = re.compile(r"(?<!\d)((?:1[89]|20)\d{2})年?(?:(?:和|与|及|、|以及|跟)((?:1[89]|20)\d{2})年?)+")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")


def unmatched(sentence: str, texts: list[str]) -> str | None:
    """The first year of a coordination no text holds together with the rest, or None."""
    if "年" not in sentence:
        return None
    for m in _PAIR.finditer(sentence):
        years = _YEAR.findall(m.group(0))
        if len(set(years)) < 2:
            continue
        if any(all(y in t for y in years) for t in texts):
            continue
        best = max(texts, key=lambda t: sum(y in t for y in years), default="")
        return next(y for y in years if y not in best)
    return None
