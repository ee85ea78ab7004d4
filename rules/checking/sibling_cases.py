"""A consequence said of one case where the text attaches it to the sibling case beside it.

Why: a paragraph that divides a matter into cases (属于重大过失的，…不超过实际赔偿额的百分之三十
…；属于故意的，可以责令其承担全部赔偿费用) puts both cases and both consequences in one passage,
so a sentence that gives one case the other's consequence (属于重大过失的，被追究人要承担全部赔偿
费用), or both cases one of them (不管是故意还是重大过失，个人最多只承担…30%), finds all its words
in that passage and passed the support test. Here two statements of one paragraph are sibling
cases when each opens with a case (a first clause ending in 的) and the two cases differ in a
word of at least two characters once their shared frame is taken off (重大过失 / 故意). Each
stretch of the sentence after it names a case (or two cases joined: 故意还是重大过失) is held to
that case: it is flagged when it shares at least four character pairs with what the sibling's
consequence says and its own does not, and more than with what its own says and the sibling's
does not. A sentence that gives each case its own consequence, or names no case, is left alone.
"""
from __future__ import annotations

import re

from .sources import bare, bigrams

_STATEMENT = re.compile(r"[。；;]")
_CLAUSE = re.compile(r"[，,：:]")
_JOINED = re.compile(r"^(?:还是|或者|或|和|与|及|、|以及)$")
MIN_PAIRS = 4


def _key(case: str, other: str) -> str:
    """The words of `case` left when the frame it shares with `other` (its start and end) is off."""
    i = 0
    while i < min(len(case), len(other)) and case[i] == other[i]:
        i += 1
    j = 0
    while j < min(len(case), len(other)) - i and case[-1 - j] == other[-1 - j]:
        j += 1
    return case[i:len(case) - j]


def _siblings(passage: str) -> list[tuple[str, str, str, str]]:
    """(key of a case, its consequence, key of the sibling case, the sibling's consequence)."""
    out = []
    for line in passage.splitlines():
        cases = []
        for s in _STATEMENT.split(line):
            parts = [bare(c) for c in _CLAUSE.split(s) if bare(c)]
            if len(parts) >= 2 and parts[0].endswith("的"):
                cases.append((parts[0], "".join(parts[1:])))
        for a, pa in cases:
            for b, pb in cases:
                if a == b:
                    continue
                ka, kb = _key(a, b), _key(b, a)
                if len(ka) >= 2 and len(kb) >= 2:
                    out.append((ka, pa, kb, pb))
    return out


def moved(sentence: str, passage: str) -> list[str]:
    """The stretches of `sentence` that give a case its sibling's consequence."""
    text = bare(sentence)
    out = []
    pairs = _siblings(passage)
    keys = {k for k, _, _, _ in pairs}
    # where each case is named, and the stretch that follows it up to the next case named apart
    spots = sorted((m.start(), m.end(), k) for k in keys for m in re.finditer(re.escape(k), text))
    for ka, pa, kb, pb in pairs:
        for start, end, k in spots:
            if k != ka:
                continue
            later = [s for s in spots if s[0] >= end]
            # a case joined to the next (故意还是重大过失) shares its stretch
            while later and _JOINED.match(text[end:later[0][0]] or "、"):
                end = later[0][1]
                later = later[1:]
            stretch = bigrams(text[end:later[0][0] if later else len(text)])
            own, theirs = bigrams(pa), bigrams(pb)
            d_theirs, d_own = len(stretch & (theirs - own)), len(stretch & (own - theirs))
            if d_theirs >= MIN_PAIRS and d_theirs > d_own:
                out.append(f"原文对“{ka}”的规定是“{pa}”，所说的是“{kb}”的规定（{pb}）")
    return list(dict.fromkeys(out))
