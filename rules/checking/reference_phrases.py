"""A reference the regulation makes itself, said again as a noun phrase: "第八条规定的部门",
"第六条规定的职责", "第九条规定的情形".

Such a phrase names the things an article lists; it does not cite that article as the basis of
the sentence. A draft that writes "第八条规定的部门及其工作人员被追究责任的，处理决定由县人民政府
作出" restates the article that uses the same phrase (本办法第八条规定的部门 in 第十八条), and
holding it to 第八条 alone flags it as misattributed. The articles of the document whose own text
makes that same reference (the article number, then 规定的 / 所列的 and the head of the noun) are
read beside the named one, so the sentence is held to all of them together: nothing of what it
says is taken from a text other than the regulation's, and a detail the holder does not state is
still found missing.
"""
from __future__ import annotations

import re

from ..references import cn_int
from .sources import SourceSet, SourceText

# 第八条规定的部门 / 第六条第一款第（一）项规定的 / 第九条所列的情形: the number, its parts, the head
_PHRASE = re.compile(r"第([零一二两三四五六七八九十百\d]+)条((?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?(?:第?[（(][一二三四五六七八九十]+[)）]项)?)"
                     r"(?:中)?(规定的|所列的?|列举的|所规定的|列的|的?(?=情形|情况|行为))([\u4e00-\u9fff]{2})")


def holders(sentence: str, named: list[SourceText], sources: SourceSet, doc: str) -> list[SourceText]:
    """The articles of `doc` (other than those named) whose text refers to a named article in
    the words the sentence uses for it; [] when the sentence makes no such reference."""
    numbers = {p.article for p in named if p.article and p.doc_id == doc}
    out: list[SourceText] = []
    for m in _PHRASE.finditer(sentence):
        n = cn_int(m.group(1))
        if n not in numbers:
            continue
        # the regulation's own wording of the reference: 本办法第八条规定的部门 (parts optional)
        own = re.compile(rf"第{re.escape(m.group(1))}条[^，,。；;]{{0,16}}?(?:规定的?|所列的?|列举的|所规定的|的)?{re.escape(m.group(4))}")
        for p in sources.of_document(doc):
            if p.article and p.article not in numbers and p not in out and own.search(p.text):
                out.append(p)
    return out
