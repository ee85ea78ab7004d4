"""The items of a list taken back by a demonstrative, with what the list's opening line says of
them: "…（一）个人不按照规定分类投放生活垃圾的；（二）被追究单位的违法行为依法应当给予行政处罚的。
这两类依照《临峰市城市管理综合执法条例》处理。" where the article reads "下列事项依照《…》处理：（一）…".

The demonstrative (这两类, 这种情况, 上述情形, 以上几项) has no content of its own, so the support test
found the sentence short of the share it needs in the article. What the sentence says is the
list's opening line said of items the draft has just given. It is read so only when both hold:
- the sentence before it (or the sentence itself, before the demonstrative) gives an item of an
  article's list, in the item's own words (most of its character pairs);
- what follows the demonstrative is, pair for pair, in that list's opening line (the line ending
  with ：): 依照《…》处理 of 下列事项依照《…》处理：. A predicate the opening does not give
  (依照本规定追究责任, 不予处理) stays unsupported.
"""
from __future__ import annotations

import re

from .sources import bigrams

_ARTICLE = r"(?:(?:《[^》]{1,40}》|本办法|本规定|本条例)?第[零一二两三四五六七八九十百\d]+条(?:第[零一二三四五六七八九十\d]+款)?(?:规定|写明|明确)?[，,]?)?"
_DEMONSTRATIVE = re.compile(
    rf"^\s*{_ARTICLE}(?:对于|对)?(?:这|上述|以上|前述|前面)(?:[两三四五六七八九十几\d]+)?(?:类|种|项|个|些)?"
    r"(?:情形|情况|事项|行为|事情)?(?:都|均|一律|也)?(?P<rest>.+)$")
_ITEM_LINE = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]\s*")
_DROP = re.compile(r"[^\u4e00-\u9fff《》]")
MIN_ITEM = 0.8            # share of an item's pairs the text before must have to give it


def predicate(sentence: str) -> str | None:
    """What follows a leading demonstrative (这两类…), else None."""
    m = _DEMONSTRATIVE.match(sentence)
    if not m:
        return None
    rest = m.group("rest").strip().rstrip("。；;")
    return rest if len(_DROP.sub("", rest)) >= 3 else None


def _pairs(text: str) -> set[str]:
    return bigrams(_DROP.sub("", text))


def said_of_items(sentence: str, before: str, article_text: str) -> bool:
    """Whether the sentence's predicate is its list's opening line said of an item `before` gives."""
    rest = predicate(sentence)
    if rest is None:
        return False
    lines = [x.strip() for x in article_text.splitlines() if x.strip()]
    for k, line in enumerate(lines):
        if _ITEM_LINE.match(line) or not re.search(r"[：:]\s*$", line):
            continue
        items = []
        for nxt in lines[k + 1:]:
            if not _ITEM_LINE.match(nxt):
                break
            items.append(_ITEM_LINE.sub("", nxt).rstrip("；;。"))
        given = _pairs(before)
        if not any((p := _pairs(item)) and len(p & given) / len(p) >= MIN_ITEM for item in items):
            continue
        mine = _pairs(rest)
        if len(mine) >= 2 and mine <= _pairs(line):
            return True
    return False
