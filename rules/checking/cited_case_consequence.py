"""What another article attaches to an item's case: "有谎报瞒报，或者干扰阻碍调查…的，不能免" where the
case is 第三十一条's items (一) and (二) and the consequence is 第三十三条第二款's: "有本办法第三十一条第
（一）项或者第（二）项规定情形的，不适用前款规定" (前款: 免予追究).

Why: `aligned` reads "X的，Y" as one statement when X restates a statement: Y is then held to the
item X restates. An item of a list is a case only; what follows it there is its lead's (从重追究),
and another article may attach its own consequence to the same case by citing the item. Held to
the item, "不能免" has a negation the item has not, and the right sentence was called the opposite
of the text.

Read here: the clause's polarity is also that of a statement that cites the item (its article and
item number, through references.find_refs) when that statement has the same polarity and holds the
clause's words: its content (its character pairs, or its one character), negation and modal words
aside, must all be in the citing statement
read with what it refers to and, where it says 前款, with the article's statements before it
(免 in 不适用前款规定, 前款 being 免予追究责任). A clause with other
words (不从重追究) is still held to the item and its lead.
"""
from __future__ import annotations

import re

from ..references import cn_int, find_refs

_ITEM = re.compile(r"^\s*[（(]([一二三四五六七八九十\d]+)[)）]")
_NEG_WORDS = re.compile(r"不得|不能|不可以|不可|不予|不会|不用|不|未|没有|没|无|非|得|能|可以|要|会|就|也|都|则|的|了")


def agrees(clause: str, negated: bool, unit, units: list, is_negated) -> bool:
    """Whether a statement other than the item `unit` cites that item and says what the clause
    says with its polarity (`negated`), `is_negated` the caller's test of a text's negation."""
    if not unit.item or unit.article is None:
        return False
    m = _ITEM.match(unit.text)
    if m is None:
        return False
    item = cn_int(m.group(1))
    content = _NEG_WORDS.sub("", re.sub(r"[^\u4e00-\u9fff]", "", clause))
    if not content:
        return False
    for k, u in enumerate(units):
        if u is unit or is_negated(u.text) != negated:
            continue
        if not any(r.article == unit.article and r.item == item and not r.doc_title and not r.doc_number
                   for r in find_refs(u.text)):
            continue
        read = u.read
        if re.search(r"前款|前[两二三]款", u.text):      # (前款: the statements of the article before it)
            read += "".join(x.text for x in units[:k] if x.article == u.article)
        pairs = {content[j:j + 2] for j in range(len(content) - 1)} or {content}
        if all(x in read for x in pairs):
            return True
    return False
