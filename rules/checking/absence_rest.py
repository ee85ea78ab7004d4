"""What a sentence says besides a true absence, judged in full (branch holesa).

"第五条没有规定奖励的具体标准，只说举报经查证属实的，区政府可以给予举报人奖励。": the absence is true,
and the rest of the sentence was held only to the support test, which weighs its characters against
the articles named. A body, a modality or a figure exchanged inside a clause that otherwise restates
the article (区政府 for 市城管局) kept most of its words and passed. The rest is a claim of its own: it is
judged as a sentence, held to the articles the whole sentence names, by every reading a sentence
gets. Words that only report what the article says (只说, 只是说, 仅规定) open it and are taken off. Only a rest after the absence that states something of its own is read so: the
words before an absence, and an exclusive list after it (只有…), say what the absence is from, and
out of its clause lose that scope.
"""
from __future__ import annotations

import re

from .sources import bare

# how the rest reports the article's words after an absence (只说, 只规定了, 仅提到, 而是说)
_REPORT = re.compile(r"^(?:而是|而|但是?|不过|只是|只|仅仅|仅|就)?(?:说了?|规定了?|提到了?|写了?|写明了?|讲了?|要求了?)(?:的是|是)?[，,：:]?")
MIN_REST = 6
_ONLY = re.compile(r"^(?:而|但是?|不过)?(?:只有|仅有|只列|仅列|只包括|仅包括|只是|就是)")


def restated(rest: str, labels: list[str], sentence: str) -> str | None:
    """The rest as a sentence of its own, held to the articles named (their labels before it);
    None when the sentence names no article, when it is too short to be a claim, or is not a statement of its own: words before the
    absence (the list it is absent from: 第十条列出的是…，里面没有第八条), or an exclusive list
    after it (…里没有免职，只有训诫…: the members of the scope the absence names)."""
    r = rest.strip().lstrip("，,；;")
    if not labels or bare(sentence).startswith(bare(r)[:3]) or _ONLY.match(r):
        # (no article named: out of its sentence the rest would be held to whatever passage is
        # nearest, another document's among them; the support test has found it where it belongs)
        return None
    r = _REPORT.sub("", r)
    if len(bare(r)) < MIN_REST:
        return None
    lead = "、".join(dict.fromkeys(labels))
    return (lead + "规定，" if lead else "") + r
