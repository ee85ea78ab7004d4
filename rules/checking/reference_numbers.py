"""第一 in "第六条第一款第（五）项" is the number of a paragraph, not a ranking.

The support test reads 第一 as a comparison (居首, 第一: the most) and holds it to the passage; a
sentence that cites a paragraph by its number (第一款, 第一项, 第一章) then fails for a word the
passage cannot have. A comparison word that lies inside an article, paragraph, item, chapter or
section reference is part of that reference, which the named-article readers check.
"""
from __future__ import annotations

import re

_PLACE = re.compile(r"第[零一二两三四五六七八九十百\d]+(?:条|款|项|章|节|目)")


def in_reference(sentence: str, start: int, end: int) -> bool:
    """True when sentence[start:end] lies within a reference such as 第一款."""
    return any(m.start() <= start and end <= m.end() for m in _PLACE.finditer(sentence))
