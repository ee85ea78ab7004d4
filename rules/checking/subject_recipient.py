"""Whom the passage hands this matter to (branch szalarm).

"公务员被追究责任的情况要抄送同级监察机关" where the paper says "公务员被追究责任的情况要抄送人事部门"
and names 同级监察机关 as the recipient of another matter (监督部门的监督报告和处理决定…应抄送同级
监察机关). `recipients.py` asks that a recipient be among the passage's words and `handed_to.py`
that it come after the same verb somewhere in the passage; both hold. Here the matter handed over
(the words before the verb in the sentence's clause) picks the passage's clause about the same
matter, and the recipient must be the one that clause names after the same verb.
"""
from __future__ import annotations

import re

from .recipients import _PARTS, _RECIPIENT
from .sources import bare, bigrams

_FUNCTION = re.compile(r"[的了是在和与及也都就要应需还将把对]|应当|需要|按照|根据|依照")
MIN_SAME_MATTER = 0.8


def _matter(clause: str) -> set[str]:
    return bigrams(_FUNCTION.sub("", clause))


def other_matter(sentence: str, text: str) -> list[str]:
    """The sentence's recipients that the passage's clause on the same matter does not name."""
    out = []
    theirs = [c for c in re.split(r"[。；;\n]", text) if c.strip()]
    for clause in re.split(r"[。；;，,]", re.sub(r"《[^》]*》", "", sentence)):
        for m in _RECIPIENT.finditer(re.sub(r"\s", "", clause)):
            verb, matter = m.group(1), _matter(clause[:m.start()])
            if len(matter) < 4:
                continue
            same = []
            for c in theirs:
                at = c.find(verb)
                if at < 0:
                    continue
                before = _matter(re.split(r"[，,]", c[:at])[-1])
                if before and len(matter & before) / len(matter) >= MIN_SAME_MATTER:
                    same.append(bare(c[at:]))
            if not same:
                continue
            for who in _PARTS.split(m.group("who")):
                if len(who) >= 2 and not any(who in s for s in same):
                    out.append(f"{verb}{who}")
    return out
