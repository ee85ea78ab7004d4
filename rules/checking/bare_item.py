"""An item named without its article, the article the question's: "第（三）项：瞒报、谎报…" answering
"瞒报事故信息是第五条第几项" (branch heldmiss2).

Why: a reference is resolved to an article before its item is; a sentence that names an item alone
(第（三）项, 第三项) has no article of its own, so it was held to the question's article as a whole,
and an item number given another item's words passed on that article's words. The asker named the
article and asks for the item; the answer's bare item is that article's.

Read: a unit with one item reference (not a run: 第（一）到第（六）项), that no article, paragraph or 前款 / 本款 precedes, and no article
of its own, where the question names exactly one article (with no item of its own) and the draft
before the unit names no article: the article is written before the item (第五条第（三）项), and the
unit is then judged as any sentence that names an item (its words held to that item, a number past
the article's items not found).
"""
from __future__ import annotations

import re

_NUM = r"[零一二两三四五六七八九十百\d]+"
_ARTICLE = re.compile(rf"第{_NUM}条")
_BARE_ITEM = re.compile(r"(?<![条款\d零一二两三四五六七八九十百])第[（(]?[一二三四五六七八九十]+[)）]?项")
_ASKED_ARTICLE = re.compile(rf"(第{_NUM}条)(?!第?[零一二两三四五六七八九十\d（(])")


def located(text: str, question: str, before: str) -> str:
    """`text` with the question's one article written before its first bare item; else as it is."""
    m = _BARE_ITEM.search(text)
    # (one item named, not a run of them: "第（一）到第（六）项" counts the article's items)
    if m is None or len(re.findall(r"第[（(][一二三四五六七八九十]+[)）]", text)) > 1 or _ARTICLE.search(text) or _ARTICLE.search(before) or re.search(r"(?:前款|本款|上款|该款|同款)$", text[:m.start()]):
        return text
    asked = {a.group(1) for a in _ASKED_ARTICLE.finditer(question)}
    if len(asked) != 1 or len(_ARTICLE.findall(question)) != 1:
        return text
    return text[:m.start()] + asked.pop() + text[m.start():]
