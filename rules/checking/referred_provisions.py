"""What a named provision says through the provision it refers to: "第14条第(一)项指的是：街道一个
月连一次都没巡查人行天桥和下穿通道的" where the item reads "未按照本办法第5条第3款规定的频次巡查人
行天桥和下穿通道的" and 第5条第3款 gives the frequency (每月巡查不少于1次). The item's meaning
includes the words it points to; the support test held the sentence to the item's own words and
missed its 1个月 and 1次.

Read here: the references inside the named provisions (only inside the items the sentence names,
when it names items), each one level deep and to the paragraph or item it names, never another
document's; the caller holds the sentence to the named text with those provisions added, and only
after the named text alone did not support it."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..references import Ref, find_refs


def referred_texts(sentence: str, named_texts: list[tuple[int | None, str]], provision: Callable[[Ref], str | None]) -> list[str]:
    """The texts of the provisions that the named ones (article, text) refer to."""
    items = {(r.article, r.item) for r in find_refs(sentence) if r.article and r.item}
    out: list[str] = []
    for article, text in named_texts:
        if "第" not in text:
            continue
        for r in find_refs(text):
            if not r.article or r.doc_title or r.doc_number or r.article == article:
                continue
            if items and not any(a == article for a, _ in items):
                continue
            if items and not _inside_named_item(text, r, {i for a, i in items if a == article}):
                continue
            got = provision(r)
            if got and got not in out:
                out.append(got)
    return out


_ITEM_LINE = re.compile(r"^\s*[（(]([一二三四五六七八九十]+)[)）]")


def _inside_named_item(text: str, r: Ref, items: set[int]) -> bool:
    """Whether the reference stands on the line of one of the items named (an article passage
    holding all its items), or the passage is the item itself."""
    from ..references import cn_int
    lines = text.splitlines()
    if len(lines) <= 1:
        return True
    at = 0
    for line in lines:
        end = at + len(line) + 1
        if at <= r.start < end:
            m = _ITEM_LINE.match(line)
            return m is not None and cn_int(m.group(1)) in items
        at = end
    return False
