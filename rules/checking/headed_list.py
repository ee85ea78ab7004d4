"""A count of the members of a coordination the article itself heads with a noun: "第十三条列了
四个原则：严格要求、实事求是、权责一致、惩教结合。" (第十三条: "根据严格要求、实事求是、权责一致、
惩教结合原则，作出…").

The item counter read "列了四个" as the number of the article's numbered items (two) and failed
the sentence. Here the count is of the noun after it (原则), and the article holds exactly that
noun's members as one run joined by 、 right before the noun. When the sentence names one article,
its list after the colon is that whole run in order (nothing before its first member is another
member) and has as many members as the count, the count says no more than the list: it is taken
out and the list is judged as any list. A count that is not the run's length, a member the run
lacks, or a run the article does not head with the noun leaves the sentence as written (and the
item counter judges it).
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import cn_int, find_refs

_COUNT = re.compile(r"(?P<n>[两二三四五六七八九十]+)(?:个|种|项|条|类|点)(?P<what>[\u4e00-\u9fff]{2,4})"
                    r"(?P<colon>[：:])(?P<list>[^。；;！？!?]+)")
_SEP = re.compile(r"[、，,]|(?<=[^、，,])(?:和|及|与|以及)(?=[^、，,]{2,}$)")


def uncounted(sentence: str, article_text: Callable[[int], str | None]) -> str:
    """The sentence with a count of an article's own headed run taken out; else unchanged."""
    if "：" not in sentence and ":" not in sentence:
        return sentence
    m = _COUNT.search(sentence)
    if m is None:
        return sentence
    named = {r.article for r in find_refs(sentence[:m.start()]) if r.article}
    if len(named) != 1:
        return sentence
    text = article_text(next(iter(named)))
    if not text:
        return sentence
    items = [x.strip() for x in _SEP.split(m.group("list").strip()) if x.strip()]
    try:
        n = cn_int(m.group("n"))
    except ValueError:
        return sentence
    if len(items) < 2 or len(items) != n:
        return sentence
    run = "、".join(items) + m.group("what")
    at = text.find(run)
    if at < 0 or (at > 0 and text[at - 1] in "、，,和及与"):
        return sentence
    return sentence[:m.start()] + sentence[m.start("what"):]
