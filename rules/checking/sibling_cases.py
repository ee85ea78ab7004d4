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
from typing import Sequence

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


def _frames(passage: str) -> list[tuple[str, str, str]]:
    """(key of a case, key of its sibling, the frame they share) for the sibling cases of `passage`."""
    out = []
    for line in passage.splitlines():
        cases = [parts[0] for s in _STATEMENT.split(line)
                 if len(parts := [bare(c) for c in _CLAUSE.split(s) if bare(c)]) >= 2 and parts[0].endswith("的")]
        out += [(_key(a, b), _key(b, a), _frame(a, b)) for a in cases for b in cases if a != b]
    return out


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


def _frame(a: str, b: str) -> str:
    """The end two sibling cases share, without its 的 (发生一般事故的 / 发生较大事故的: 事故)."""
    j = 0
    while j < min(len(a), len(b)) and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[len(a) - j:].rstrip("的") if j else ""


def _own_cases(stretch: str, frame: str, key: int = 2) -> str:
    """(g19alarm) The stretch up to the clause that names another case of the same frame
    ("…较大事故罚…，重大事故对安全责任人的罚款数额没有规定": 重大事故 opens a case of its own, so
    its words are not 较大's consequence)."""
    if len(frame) < 2:
        return stretch
    at = stretch.find(frame, 1 if stretch.startswith(frame) else 0)
    if at <= 0:
        return stretch
    cut = max(stretch.rfind(c, 0, at) for c in "，,；;。")
    if cut <= 0:                     # (a bare sentence: cut before the other case's own word)
        cut = at - max(2, key)
    return stretch[:cut] if cut > 0 else stretch


def moved(sentence: str, passage: str, others: Sequence[str] = ()) -> list[str]:
    """The stretches of `sentence` that give a case its sibling's consequence. (g19alarm) A stretch
    that another passage of `others` naming the case holds better than the sibling's consequence
    restates that passage (罚款超过5万元的…报…备案 of another article), not the sibling."""
    text = bare(sentence)
    out = []
    pairs = _siblings(passage)
    frames = {(ka, kb): f for ka, kb, f in _frames(passage)}
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
            span = _own_cases(text[end:later[0][0] if later else len(text)], frames.get((ka, kb), ""), len(ka))
            stretch = bigrams(span)
            own, theirs = bigrams(pa), bigrams(pb)
            d_theirs, d_own = len(stretch & (theirs - own)), len(stretch & (own - theirs))
            if d_theirs >= MIN_PAIRS and d_theirs > d_own and \
                    not any(ka in bare(o) and len(stretch & bigrams(bare(o))) > len(stretch & theirs) for o in others):
                out.append(f"原文对“{ka}”的规定是“{pa}”，所说的是“{kb}”的规定（{pb}）")
    return list(dict.fromkeys(out))
