"""A concession before the claim: "哪怕追究决定是区住建部门作出的，暂停投标也归市住建局",
"即使X，Y也Z".

Why: 哪怕 / 即使 / 就算 / 即便 / 纵然 X，…也… says the claim holds whatever X is: X is a case put
to the rule, not a statement of the text. Held to the passages as a condition of the clause after
it, X was missed ("区住建部门 is not what this statement says") and the claim, a plain restatement
of an unconditional rule (暂停投标活动由市住建局决定), was read as "another statement's
consequence, not that of X".

Read here: a leading concessive clause followed by a clause with 也 / 都 / 仍 / 照样 / 还是 is
taken out, and the rest is held to the text as said. It is kept (the sentence read as before)
when X restates a case the text itself rules on (most of its word pairs in a clause of the text
that ends in 的: 即使造成恶劣影响 where the text has …造成恶劣影响的，…): the text may then say
something else for that case, and the claim must answer to it.
"""
from __future__ import annotations

import re

from .sources import bare, bigrams

_CONCESSION = re.compile(r"(?:^|(?<=[，,；;]))(?:哪怕|即使|就算|即便|纵然|纵使)(?P<case>[^，,；;。]{2,40})[，,]"
                         r"(?=[^，,；;。]*?(?:也|都|仍|照样|还是|照旧))")
_CASE = re.compile(r"[^，,；;。：:\n]+的(?=[，,；;。\n])|[^；;。：:\n]+?的(?=[，,；;。\n])")
SAME = 0.5


def _ruled(case: str, texts: list[str]) -> bool:
    """Whether the text has a case of its own (a clause ending in 的) that the concession restates."""
    mine = bigrams(bare(case))
    if not mine:
        return True
    return any(len(mine & bigrams(bare(c))) / len(mine) >= SAME for t in texts for c in _CASE.findall(t))


def without(sentence: str, texts: list[str]) -> str:
    """The sentence without its concessive clauses that the text rules on nowhere."""
    for m in reversed(list(_CONCESSION.finditer(sentence))):
        if not _ruled(m.group("case"), texts):
            sentence = sentence[:m.start()] + sentence[m.end():]
    return sentence
