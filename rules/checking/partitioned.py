"""A sentence that sorts the items of a list into parts, each with its own basis: "前三种是第十三、
十四条的初步问责决定，第四种是区委（党工委）、区政府（管委会）按《办法》作出的处理". The articles
the first part names are its citation, not the second's: held to 第十三、十四条, the second part's
《办法》 is missing. Each part is judged on its own; a part that names no article is held to the
article of the same document closest to it in words (here 第十六条), never to another document,
so "第四种是市委、市政府按《办法》作出的处理" still fails (第十六条 names 区委, 区政府)."""
from __future__ import annotations

import re

from ..references import find_refs

_PART = r"(?:前[一二两三四五六七八九十]|后[一二两三四五六七八九十]?|第[一二三四五六七八九十]+|另[一外]?|其余的?|剩下的?|最后[一]?)(?:种|项|类|个|档)"
_SPLIT = re.compile(rf"^(?P<a>{_PART}[^，,；;。]+)[，,；;](?P<b>{_PART}(?:则|就)?(?:是|为|属于)[^，,；;。]+)(?P<end>[。]?)$")


def parts(text: str) -> tuple[str, str] | None:
    """(the first part, the second) when the sentence is two parts of a list, the first naming
    articles and the second naming none; None otherwise."""
    m = _SPLIT.match(text.strip())
    if m is None:
        return None
    a, b = m.group("a"), m.group("b")
    if not any(r.article for r in find_refs(a)) or any(r.article or r.doc_number for r in find_refs(b)):
        return None
    return a + "。", b + "。"
