"""An answer that counts the articles it then gives: "有一条：第十八条是“不予问责”的条款，…" to "规定里有没有免
责条款？". 有 answers the question, the count says how many articles follow the colon, and what follows
is a claim of its own. The support test weighed the whole line and found 有一条 nowhere. Read here:
the count must equal the number of different articles the rest names (有两条：第十八条… is false as
said), and the number of articles of the document whose text has the rest's first quoted words (the
topic counted: “不予问责”); a rest that quotes nothing is not read (what was counted is unknown).
The rest is then judged as any sentence; the line holds when all three do."""
from __future__ import annotations

import re

from ..references import cn_int, find_refs

_COUNTED = re.compile(r"^(?:是的?|有的?)?[，,]?(?:有|共有|一共有|只有|就)(?P<n>[一二两三四五六七八九十\d]+)(?:条|个条文|处)[：:](?P<rest>.+)$")


def split(text: str) -> tuple[int, int, str, str] | None:
    """(the count, the articles the rest names, the rest, its first quote) of such a line; else None."""
    if "：" not in text and ":" not in text:
        return None
    m = _COUNTED.match(text.strip())
    if m is None:
        return None
    n = m.group("n")
    quote = re.search(r"[“「]([^”」]{2,})[”」]", m.group("rest"))
    if quote is None:
        return None
    arts = {r.article for r in find_refs(m.group("rest")) if r.article and not r.doc_title and not r.doc_number}
    return (int(n) if n.isdigit() else cn_int(n)), len(arts), m.group("rest"), quote.group(1)
