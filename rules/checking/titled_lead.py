"""A lead that counts the points of a document it names: "文章介绍的《行政监督工作情况抄告和行政违法
违规问题移送办法》大致三点：" before three list lines.

Such a lead says two things: that the passage gives that document's content, and how many points
it has. The support test found only the title (which it sets aside) and flagged it. It is decided
after the lines below it are judged: every line verified on one passage, that passage names the
title, the lines are as many as the count, and the passage, from the title to the end of its
sentence, lists as many clauses joined by ； (明确规定A；B；C。). Otherwise it stays as judged; a
count that is not the passage's fails it."""
from __future__ import annotations

import re

from ..references import cn_int

_LEAD = re.compile(r"^(?P<pre>[^《》：:，,。]{0,10})《(?P<title>[^》]+)》(?P<post>[^《》：:，,。]{0,6}?)"
                   r"(?:大致|主要|大体|一共|共|总共)?(?:有|包括|分|讲了|规定了)?"
                   r"(?P<n>[一二两三四五六七八九十]|\d)(?:点|条|项|个方面|方面|部分)(?:内容)?[：:]$")
_PRE = re.compile(r"^(?:这篇|那篇)?(?:文章|论文|报告|文中|作者)?(?:里|中)?(?:介绍|提到|说|讲|写)?(?:的|了)?$")
_POST = re.compile(r"^(?:的?(?:内容|规定|要点))?(?:是|有)?$")


def lead(text: str) -> tuple[str, int] | None:
    """(title, count) of such a lead, else None."""
    m = _LEAD.match(text.strip())
    if m is None or not _PRE.match(m.group("pre")) or not _POST.match(m.group("post")):
        return None
    try:
        return m.group("title"), cn_int(m.group("n"))
    except ValueError:
        return None


def judged(title: str, n: int, items: list[tuple[str, str]], passages: dict[str, str]) -> tuple[bool, str] | None:
    """`items`: (verdict, support) of the list lines below; `passages`: label -> text. None when the
    lines do not all rest on one passage naming the title."""
    if not items or any(v not in ("verified", "quote") for v, _ in items):
        return None
    labels = {s for _, s in items}
    if len(labels) != 1:
        return None
    text = passages.get(labels.pop())
    if text is None or f"《{title}》" not in text:
        return None
    rest = text[text.index(f"《{title}》"):]
    sentence = re.split(r"。", rest, maxsplit=1)[0]
    parts = [x for x in re.split(r"[；;]", sentence) if x.strip()]
    if len(items) == n == len(parts):
        return True, f"《{title}》：{n}点"
    return False, f"所述《{title}》的内容有{len(parts)}点，下面列出{len(items)}点，不是{n}点。"
