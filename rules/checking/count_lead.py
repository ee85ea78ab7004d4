"""A bare count that leads into a list ("一共四种：", "有三项："): a claim about the list's article.

Such a lead names no article and shares no words with any passage, so the support test can only
fail it (it looked for the closest passage of any document). What it asserts is a number: that
the article the items below it restate has that many items. It is verified after the items are
judged, when they all hold in one article, there are as many of them as the count says, and that
article lists that many items; a count of a part of the list said as the whole (一共三种： over
three of four items) fails.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import cn_int
from .sources import SourceText

# the lead asserts nothing but the count: (一共|共|总共)(有)N(种|项|类|个|点|条)(情形|情况)：
LEAD = re.compile(r"^(?:一共|总共|共)?有?([一二两三四五六七八九十]|\d{1,2})(?:种|项|类|个|点|条)(?:情形|情况|措施)?[：:]$")


def count(text: str) -> int | None:
    """The count a bare count lead states, or None when the text is not one."""
    m = LEAD.match(text.strip())
    return cn_int(m.group(1)) if m else None


def judged(n: int, items: list[tuple[str, str]], passages: list[SourceText],
           items_of: Callable[[int], int]) -> tuple[bool, str] | None:
    """`items` are the (verdict, support) of the list lines below the lead. None when they are not
    all held to one article (the lead stays as the support test judged it)."""
    if not items or any(v not in ("verified", "quote") for v, _ in items):
        return None
    held = {p.article for v, s in items for p in passages if p.label == s and p.article is not None}
    if len(held) != 1 or any(not any(p.label == s for p in passages) for _, s in items):
        return None
    art = held.pop()
    have = items_of(art)
    label = next(p.label for p in passages if p.article == art)
    if have == n == len(items):
        return True, f"{label}共{n}项"
    return False, f"{label}列有{have}项，下面列出{len(items)}项，不是{n}项。"
