"""A paragraph that names what the paragraphs before it list: "前两款规定的追究方式，可以单独适用，也可以
合并适用" (branch alarms15b).

The statement itself holds no measure: 前两款规定的追究方式 stands for the measures listed in the
article's two paragraphs before it. A draft that says "通报批评和约谈主要负责人可以合并适用" restates
it with those measures written out, and read alone the statement lacks them (通报批评 "不是原文这一
句所说的"). So the statement is read with the text of the paragraphs it points back to (前款: the
one before, 前两款 / 前二款: the two before, 前N款), and only those: a measure of a later paragraph,
of another article, or one the article does not list is still not what it says.
"""
from __future__ import annotations

import re

from ..references import cn_int
from .paragraph_lines import paragraphs

_BACK = re.compile(r"(?:前|上)([两二三四五六七八九]?)款(?:所?(?:规定|列|列举|所列)的?)")


def pointed_back(statement: str, text: str, line: str) -> str:
    """The text of the paragraphs `statement` (on `line` of the article `text`) points back to with
    前款 / 前两款 …, else ""."""
    m = _BACK.search(statement)
    if not m:
        return ""
    paras = paragraphs(text)
    at = next((i for i, p in enumerate(paras) if line in p), None)
    if at is None:
        return ""
    n = cn_int(m.group(1)) if m.group(1) else 1
    n = 2 if m.group(1) == "两" else n
    if not n or n > at:
        return ""
    return "\n".join("\n".join(p) for p in paras[at - n:at])
