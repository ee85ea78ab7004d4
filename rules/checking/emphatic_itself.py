"""An emphatic 本身 ("不作为本身就在其中", "条文本身没写"): "X itself" says of X what is said of it,
and adds no term of its own. Left in, its two characters are content no article has, and a
right sentence falls under the support bar; the readings of a sentence's shape (a denial, a
membership, an absence) do not expect it between their subject and verb either.

So the word is read away before the sentence is judged, outside quotations only, and only
where it follows its subject directly and no 的 follows it: "X本身的Y" (Y of X itself, as
against Y of what X has under it) is a claim of its own, read by `own_self.py`.
"""
from __future__ import annotations

import re

from .sentences import INLINE_QUOTE

# 本身 right after its subject (a character, a closing quote, title mark or bracket), not before 的
_ITSELF = re.compile(r"(?<=[\u4e00-\u9fff”」》）)])本身(?![的之])")


def unstressed(text: str) -> str:
    """The sentence without the emphatic 本身 outside its quotations."""
    if "本身" not in text:
        return text
    out, at = [], 0
    for m in INLINE_QUOTE.finditer(text):
        out.append(_ITSELF.sub("", text[at:m.start()]))
        out.append(m.group(0))
        at = m.end()
    out.append(_ITSELF.sub("", text[at:]))
    return "".join(out)
