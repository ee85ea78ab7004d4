"""A sentence that says a cited subdivision does not exist: "所以不存在“第四条第（四）项”。" where the
article has no items, "第十条没有第三款" where it has two.

Why: the reference is the question's, quoted back or said plain, and the sentence claims only that
the article lacks it. Held as a quotation it is words the sources lack (they lack them because the
item does not exist); held as a citation it is a reference to nothing. Read here: the sentence whole
is the denial of one paragraph or item of an article; it is right exactly when the article does not
have that paragraph or item (the checker's own test of subdivisions), and wrong when it does.
"""
from __future__ import annotations

import re

_N = r"[零一二两三四五六七八九十百\d]+"
_SUB = rf"第{_N}条(?:第{_N}款)?(?:第?[（(][一二三四五六七八九十\d]+[)）]项?)?"
# (所以 / 因此) (并 / 根本 / 其实) 不存在 / 没有 + the subdivision, quoted or plain, and nothing else
_DENIED = re.compile(rf"^(?:所以|因此|因而|故|可见)?[，,]?(?:也|并|根本|其实|实际上)?(?:不存在|没有)"
                     rf"[“\"「]?(?P<ref>{_SUB})[”\"」]?(?:这一?[项款]|这么一[项款])?[。.！!]?$")


def denied(sentence: str) -> str | None:
    """The subdivision (第四条第（四）项) the sentence says does not exist, None for any other
    sentence (a whole article's absence, 没有第四十条, is another claim and not read here)."""
    m = _DENIED.match(sentence.strip())
    if m is None or not re.search(r"款|[（(]", m.group("ref")):
        return None
    return m.group("ref")
