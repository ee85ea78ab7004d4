"""A case the accident table does not cover, said to be unprovided for: "对没有造成较大损失或者不良
影响的一般事故怎么处理，来源中的条文没有规定". 第十六条 provides for 一般 accidents only on its
condition (造成较大损失或者不良影响); the support test reads the sentence as denying 第十六条's words.
What it claims is about the rule data: no row of that severity (and of the officials named, if any)
applies under that consequence. That is checked against the rows, so the same sentence with the
condition met ("对造成较大损失…的一般事故怎么处理，没有规定") or of a severity whose rows hold
whatever the consequence (特别重大) fails."""
from __future__ import annotations

import re

from ..facts import extract
from ..references import format_ref
from ..schema import RuleBook
from .claims import Verdict

_HOW = r"(?:怎么|如何|怎样|该怎么|应当如何|应该怎么)(?:处理|问责|处置|办)"
_UNPROVIDED = r"(?:都|也|并|均)?(?:没有|未|并未|没)(?:作出?|做出?)?(?:规定|写|写明|说明|提到|涉及)"
# 对X怎么处理，…没有规定 / X怎么处理，…没有规定 / …没有规定(对)X怎么处理
_CASE_FIRST = re.compile(rf"^(?:对|至于|关于)?(?P<case>[^，,。；;]{{4,40}}?){_HOW}[，,]?[^，,。；;]{{0,12}}?{_UNPROVIDED}[。]?$")
_CASE_AFTER = re.compile(rf"{_UNPROVIDED}(?:对|关于)?(?P<case>[^，,。；;]{{4,40}}?){_HOW}[。]?$")


def judged(sentence: str, book: RuleBook) -> Verdict | None:
    """The verdict on such a sentence, or None when it is not one (no case with both a severity
    and a consequence said to be unprovided for)."""
    m = _CASE_FIRST.match(sentence.strip()) or _CASE_AFTER.search(sentence.strip())
    if m is None:
        return None
    facts = extract(m.group("case"), book)
    if not facts.severity or not facts.consequence:
        return None
    reg = book.regulation
    c = facts.consequence
    needed = {r.consequence for r in reg.accident_decisions if r.severity == facts.severity and r.consequence}
    implied = reg.wording.consequences[c].implies if c in reg.wording.consequences else None
    c = implied if c not in needed and implied in needed else c       # 重大损失 counts as 较大损失
    rows = [r for r in reg.accident_decisions if r.severity == facts.severity
            and (not facts.roles or r.role in facts.roles) and (r.consequence is None or r.consequence == c)]
    if rows:
        arts = "、".join(dict.fromkeys(format_ref(r.source.article) for r in rows))
        return Verdict(False, f"{arts}对这种{facts.severity}事故有规定，不是没有规定。")
    return Verdict(True, f"{facts.severity}事故在这种后果下没有对应的问责规定")
