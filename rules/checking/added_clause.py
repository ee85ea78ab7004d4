"""A clause added to a sentence that restates a passage: "报告…提到，进一步加强廉政建设，开展明察暗访，严格监
督问责，并建立了问责结果与干部绩效考核挂钩的机制" where the report says "…严格监督问责，完善绩效管理和电子监
察" (branch `wmiss6`).

The support test weighs the sentence whole: its restated clauses carry it over the coverage bar, and
the added clause's words (问责, 绩效, 考核 are the passage's too) break its new stretch into runs too
short for `novel_runs`. Read here clause by clause against the passages the sentence is held to:
when at least `RESTATED` other clauses restate them (each `HELD` of its content pairs there), a
clause joined on to them as one more fact (并 / 还 / 另外 / 同时 …, no denial) that says something of its own (`MIN_PAIRS` content pairs at least, under `ABSENT` of them
in any passage of the held passages' document, the held ones included) is the draft's, not the
text's. A clause that talks about the text (报告提到, 也就是说, 这说明 …) draws no fact of its own and
is not read, nor one the draft draws (`_own_words`: a provision named, a word pointing back, the
asker's case); nor is a sentence with no clauses restated, which the support test judged whole.
"""
from __future__ import annotations

import re

from ..references import find_refs
from .support import _content_pairs, coverage

HELD = 0.75         # share of a restating clause's content pairs the held passages have
RESTATED = 2        # clauses that must restate the held passages
MIN_PAIRS = 6       # content pairs of a clause read as saying something of its own
ABSENT = 0.3        # share of them a passage may hold, at most, for the clause to be added

_CUT = re.compile(r"[，,；;。！!？?]|——")
# a clause joined on as one more fact of the passage: 并…, 还…, 另外…, 同时…, 此外…
_JOINED = re.compile(r"^(?:并且|并|还|另外|同时|此外|而且|以及)")
_DENIED = re.compile(r"不|没|未|非|无")
# a word pointing back at what the text or the draft said: 这两年, 该项, 此时, 上述
_BACK = re.compile(r"这|那|该|此|上述|前述|其中")
# a clause that says what the text or the draft does, not a fact: 报告提到, 也就是说, 可见, 这说明
_TALK = re.compile(r"^(?:这|也就是说|换句话说|可见|由此可见|总之|总的来说|简单说|所以|因此)|提到|指出|写道|说明|表明|强调|讲了|谈到|"
                   r"(?:报告|论文|文章|规定|办法|条例|原文|文中|条文)(?:里|中)?(?:说|讲|称)")


def may_concern(sentence: str) -> bool:
    return len([c for c in _CUT.split(sentence) if c.strip()]) >= RESTATED + 1


def _own_words(clause: str, question: str) -> bool:
    """A clause the draft draws rather than restates: one that names a provision (第四条说的是…,
    held by the reference readers), points back (这两年, 该项, 此时: the draft applying the text), or
    says the asker's case (most of its content pairs the question's)."""
    if find_refs(clause) or _BACK.search(clause):
        return True
    mine = _content_pairs(clause)
    return bool(mine) and len(mine & _content_pairs(question)) >= 0.5 * len(mine)


def problems(sentence: str, held: list[str], document: list[str], question: str = "") -> list[str]:
    """The clauses of the sentence that none of the held passages' document says, in a sentence
    whose other clauses restate the held passages; [] when none."""
    if not held:
        return []
    text = "\n".join(held)
    clauses = [c.strip() for c in _CUT.split(sentence)
               if c.strip() and not _TALK.search(c) and not _own_words(c, question)]
    restating = [c for c in clauses if _content_pairs(c) and coverage(c, text) >= HELD]
    if len(restating) < RESTATED:
        return []
    out = []
    for c in clauses:
        if c in restating or len(_content_pairs(c)) < MIN_PAIRS:
            continue
        if not _JOINED.match(c) or _DENIED.search(c):
            continue                      # only a fact joined on (并建立了…), not the draft's inference or denial
        if all(coverage(c, t) < ABSENT for t in list(held) + list(document)):
            out.append(f"“{c}”不见于原文（所依据的原文只说到其余部分）")
    return out
