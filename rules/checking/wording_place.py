"""Where in an article a quoted wording stands, said beside the quote: "第二条列举的范围里，市一级
写的是“市委、市政府工作部门领导班子成员”".

"第N条写的是“…”" says only which words the article uses (the quote must be its own). Two kinds of
words around such a quote say where the words stand, not what the article rules:
- a place within the article's own list or scope: 列举的范围里, 所列的名单中, 规定的范围内;
- a level the quoted words are of: 市一级, 区一级 — true only when the level's name is in the quote
  (市一级写的是“区…” is not taken out, and the sentence is judged as before).
What is left of the sentence besides these is held as before.
"""
from __future__ import annotations

import re

from .sources import bare

_PLACE = re.compile(r"(?:列举|所列|列出|规定|适用)的?(?:范围|名单|清单|对象|内容)?(?:里面|里|中|之中|当中|内|之内)")
_LEVEL = re.compile(r"([\u4e00-\u9fff]{1,4}?)一?级(?:层面|的)?")


def placed(left: str, quotes: list[str]) -> str:
    """`left` (the words of a sentence beside its quotes and its article) without the place in
    the article's list and a level whose name is in every quote."""
    left = _PLACE.sub("", left)
    m = _LEVEL.fullmatch(bare(left)) or _LEVEL.match(bare(left))
    if m and quotes and all(bare(q).startswith(m.group(1)) for q in quotes):
        left = bare(left)[m.end():]
    return left
