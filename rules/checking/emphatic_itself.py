"""An emphatic 本身 ("不作为本身就在其中", "条文本身没写"): "X itself" says of X what is said of it,
and adds no term of its own. Left in, its two characters are content no article has, and a
right sentence falls under the support bar; the readings of a sentence's shape (a denial, a
membership, an absence) do not expect it between their subject and verb either.

So the word is read away before the sentence is judged, outside quotations only, and only
where it follows its subject directly and an adverb of emphasis that asserts follows it (就, 也,
即). "X本身的Y" (Y of X itself, as against Y of what X has under it, `own_self.py`) and "条文本身
没写" (the text itself, as against the document it refers to, `referral_details.py`) are claims
of their own and keep the word.
"""
from __future__ import annotations

import re

from .sentences import INLINE_QUOTE

# 本身 right after its subject (a character, a closing quote, title mark or bracket), before an
# adverb of emphasis that asserts (就在其中, 也属于, 就是); before a denial or 只 it sets the text
# itself apart from what it refers to (条文本身没写, 第十七条本身没有列出), a claim of its own
# (and before a denial of membership, 本身不在其中, which says of X what 不在其中 does)
_ITSELF = re.compile(r"(?<=[\u4e00-\u9fff”」》）)])本身(?=(?:就|也|即|便|正)(?![不没未非只])|(?:也|并|就)?(?:不在|不属于|不算))")


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
