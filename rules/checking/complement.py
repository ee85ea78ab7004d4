"""The rest of what a restriction leaves out: "收录的报告只有第一部分的前半段……后面的内容都没有收录"
against a source note that says "来源只收录了报告第一部分……的前半".

A passage that restricts an act to one thing (只收录了A, 仅规定了A) says that the act did not reach
anything else. A sentence that says the same restriction (只有A, 只…) and then denies the act for
what lies beyond it (后面的都没有收录) restates the passage; the support test read the denial of
收录, a verb the passage asserts, as a contradiction. Only that: without a restriction of its own
in the sentence before the denial ("报告没有收录第一部分"), or with what it denies not said to be the
rest (后面的, 其余的: "…只有第一部分的前半段，论文的内容都没有收录"), the denial is still read as one.
"""
from __future__ import annotations

import re

from .sources import bare

_ONLY = re.compile(r"只|仅")
_REST = re.compile(r"后面|后边|其余|其他|剩下|余下|之后|以后|此后|后续|别的")


def complement(sentence: str, start: int, content: str, text: str) -> bool:
    """True when the negation at `start`, denying `content`, denies the act the passage restricts
    with 只/仅 for what the sentence's own restriction before it leaves out."""
    verb = bare(content)[:2]
    only = list(_ONLY.finditer(sentence[:start]))
    if len(verb) < 2 or not only or not _REST.search(sentence[only[-1].end():start]):
        return False                      # (what is denied must be what the restriction leaves: 后面的, 其余的)
    return bool(re.search(rf"(?:只|仅)(?:有|是)?{re.escape(verb)}", bare(text)))
