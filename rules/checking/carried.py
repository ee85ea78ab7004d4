"""A gloss carried forward: 第二条 writes "区（包括管理区，下同）", and 下同 makes that gloss hold in
every later article that says 区. "第二条已经说明“区”包括管理区，所以按第十四条，应由该管理区的党工委、
管委会…召开现场会" relates the two articles through it; the reader of cross-references
(`claims.cross_references`) looked only for an article's references by number, found none between
第二条 and 第十四条 and called the relation invented. Here an article's text is read with the
articles whose 下同 glosses it uses, as if it cited them; a relation no gloss and no reference
carries (第八条's situations handled by 第十条) is still wrong."""
from __future__ import annotations

import re
from typing import Callable

from ..references import format_ref
from .sources import SourceSet

# 区（包括管理区，下同）: the word before the parenthesis, glossed for the rest of the text
_CARRIED = re.compile(r"([\u4e00-\u9fff]{1,6}?)[（(][^（）()]*?下同[)）]")


def _glosses(sources: SourceSet, doc: str) -> list[tuple[int, str]]:
    """(article, word) for every 下同 gloss of the document, kept on the source set."""
    key = f"_carried_{doc}"
    got = sources.__dict__.get(key)
    if got is None:
        got = []
        for n in sources.articles(doc):
            p = sources.article(n, doc)
            for m in _CARRIED.finditer(p.text if p else ""):
                word = m.group(1)[-1:] if len(m.group(1)) > 1 and m.group(1)[-1] in "区市县镇" else m.group(1)
                got.append((n, word))
        sources.__dict__[key] = got
    return got


def with_glosses(sources: SourceSet, doc: str) -> Callable[[int], str]:
    """An article's text, followed by the articles whose 下同 gloss it uses (those before it)."""
    def text(n: int) -> str:
        p = sources.article(n, doc)
        body = p.text if p else ""
        carried = [a for a, word in _glosses(sources, doc) if a < n and word in body]
        return body + ("（" + "、".join(format_ref(a) for a in carried) + "）" if carried else "")
    return text
