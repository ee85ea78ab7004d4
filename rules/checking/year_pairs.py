"""Years said together of one thing: "修订了两次，分别在2006年和2008年。"

A coordination of years (A年和B年, A年、B年, A年与B年) dates the same event, or the members of one
list, and a source that gives them gives them together. The support test holds a figure found
anywhere in the document's context, so 2006 (said of something else in another section) and 2008
(said of the revision) passed together where the source says 2005年和2008年. Here every year of
such a coordination must stand in one passage (or one document's front matter) with the others;
else the sentence fails with the year the closest passage lacks.

Standing in one passage is not enough where the passage dates other things with those years
(wmiss11): "该办法2005年和2006年两次修订" passed on a paragraph of complaint figures for 2005 and
2006, where the revisions are dated 2005年和2008年. The years must stand together in one sentence
of a text that also says what the draft dates with them: that sentence holds some of the draft's
own words (its character pairs with no digit, the coordination taken out). Where no sentence holds
them all, the passage that does must hold those words. Years compared (拿2015年和2010年比) date
no one event and keep the looser test.
"""
from __future__ import annotations

import re

from .sources import bigrams

_PAIR = re.compile(r"(?<!\d)((?:1[89]|20)\d{2})年?(?:(?:和|与|及|、|以及|跟)((?:1[89]|20)\d{2})年?)+")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}(?!\d)")


_COMPARED = re.compile(r"(?:相比|相比较|比较|对比|比)")
# the draft's own word pairs a source sentence holding the years must share (fewer if it has fewer)
MIN_SHARED = 2


def _pairs(text: str) -> set[str]:
    return {g for g in bigrams(text) if not re.search(r"\d|年", g)}


def unmatched(sentence: str, texts: list[str]) -> str | None:
    """The first year of a coordination no text holds together with the rest, or None."""
    if "年" not in sentence:
        return None
    for m in _PAIR.finditer(sentence):
        years = _YEAR.findall(m.group(0))
        if len(set(years)) < 2:
            continue
        together = [t for t in texts if all(y in t for y in years)]
        if not together:
            best = max(texts, key=lambda t: sum(y in t for y in years), default="")
            return next(y for y in years if y not in best)
        if _COMPARED.match(sentence, m.end()):
            continue        # 拿2015年和2010年比: two years compared frame figures, they date no one event
        own = _pairs(sentence[:m.start()] + "，" + sentence[m.end():])
        need = min(MIN_SHARED, len(own))
        # (years a passage says in different sentences, 与2010年相比… in one and 2015年 in a heading
        # or another sentence: the passage as a whole is where they stand together)
        lines = [s for t in together for s in re.split(r"[。！？!?\n]", t) if all(y in s for y in years)] or together
        if not any(len(own & _pairs(s)) >= need for s in lines):
            return years[-1]
    return None
