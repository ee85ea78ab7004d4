"""A case said to get no measure that the article gives one (branch `r19miss`).

"第十条只对造成重大损失或者恶劣影响的给予问责，没造成的不处理" restating 第十条, whose second
case is "未造成重大损失或者恶劣影响的，给予训诫、…处理": the sentence names the article's own case
(its condition, 没造成 for 未造成) and says it is left alone. The words are the article's, so the
support test passes it, and 不处理 carries no pair that the test would miss. Read here: a clause
"<case>的(，)(就/则/都)不(予)处理 / 不问责 / 不追究 …" whose case, with 没有 / 没 read as 未, opens a
condition of a clause of the articles the sentence is held to (the condition's first three
characters or more, with the same negation), where that condition's consequence gives a measure
(not itself denied): the text gives the case a measure, and the sentence is unsupported. A case the
articles do not open a clause with is left to the other readings. No word of any regulation is read
here: the cases are the text's own clauses (one_clause.clauses_of).
"""
from __future__ import annotations

import re

from .one_clause import clauses_of
from .sources import bare

_NO_MEASURE = re.compile(r"(?P<cond>[^，,。；;：:]{2,16}?)的[，,]?(?:就|则|都|也|一律|均|便)?"
                         r"(?:不予|不用|无需|无须|不需要?|不会|不必|不)(?:再|被)?(?:处理|问责|追究|处分|处罚|给予处理|管)")
_NEG = re.compile(r"^(?:没有|没|未|并未)")
MIN_CASE = 3


def may_concern(sentence: str) -> bool:
    return "的" in sentence and bool(re.search(r"不(?:予|用|需|会|必)?(?:再|被)?(?:处理|问责|追究|处分|处罚|管)", sentence))


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    """Why a case said to get no measure is one the held articles give a measure."""
    for m in _NO_MEASURE.finditer(sentence):
        cond = bare(m.group("cond"))
        # the case's own words: what follows its last linking word (只对…的给予问责，没造成: 没造成)
        cond = re.split(r"而|但|则|那么|如果|若|对于?", cond)[-1]
        cond = _NEG.sub("未", cond)
        if len(cond) < MIN_CASE:
            continue
        for n, text in held:
            for c in clauses_of(n, text):
                if not c.condition or not c.consequence:
                    continue
                if not c.condition.startswith(cond[:max(MIN_CASE, min(len(cond), len(c.condition) - 1))]):
                    continue
                if _NEG.match(c.consequence) or re.match(r"不|免", c.consequence):
                    continue
                if not re.search(r"给予|予以|处以|责令|处理|问责|追究|处分|处罚", c.consequence):
                    continue
                return [f"原文对“{c.condition}”规定了“{c.consequence[:16]}”，不是不处理"]
    return []
