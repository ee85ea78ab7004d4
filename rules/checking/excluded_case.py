"""A case the text excludes from a rule, said to take it (branch `r17miss`).

"减轻追究的，按照低一个等级处理；一般情形不适用减轻追究。" A draft that restates the article with
"一般情形往下减一级" or "一般情形也可以减轻追究" drops the negation: the support test finds the
sentence's words in the article (它们都在那一句里) and checks added negations, not dropped ones.
Read here, for a verified sentence, against the articles it is held to: each exclusion the text
states, "X不适用Y" / "X不予适用Y" / "Y不适用于X" (X a case of a few words, Y a measure of a few, no
article references), gives a case and a measure. A clause of the sentence that opens with the case
(after 而 / 但 / 对 / 连) and says the measure (its first two characters, 减轻, or its verb with an
amount, 减一级) with no negation of its own (不 未 没 无 非 除) applies the measure to the case the
text excludes from it: the sentence is unsupported. A clause that names the case elsewhere than at
its opening (较重情形减轻后按一般情形处理) is another statement and is left as it was.
"""
from __future__ import annotations

import re

from .sources import bare

_CASE = r"([\u4e00-\u9fff]{2,10})"
_MEASURE = r"([\u4e00-\u9fff]{2,12})"
# X不适用Y (X before the negation, in its own clause)
_CASE_FIRST = re.compile(r"(?:^|[，,。；;：:\n])(?:但是|但|而|对)?" + _CASE + r"不(?:予|得)?适用" + _MEASURE)
# Y不适用于X
_MEASURE_FIRST = re.compile(r"(?:^|[，,。；;：:\n])(?:但是|但|而)?" + _MEASURE + r"不(?:予|得)?适用于" + _CASE)
_OPEN = re.compile(r"^(?:而|但是|但|对于|对|连|就连|即使|至于)?")
_NEGATION = re.compile(r"[不未没无非]|除外|排除|禁止")
_REF = re.compile(r"第[零一二两三四五六七八九十百\d]+[条款项章]|本(?:细则|办法|规定|条例)")


def exclusions(text: str) -> list[tuple[str, str]]:
    """(case, measure) of each exclusion the text states."""
    out = []
    for m in _CASE_FIRST.finditer(text):
        out.append((m.group(1), m.group(2)))
    for m in _MEASURE_FIRST.finditer(text):
        out.append((m.group(2), m.group(1)))
    return [(c, y) for c, y in out if not _REF.search(c) and not _REF.search(y) and not c.endswith("的")]


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    """Why the sentence applies a measure to a case its articles exclude from it."""
    pairs = [p for _, text in held if "适用" in text for p in exclusions(text)]
    if not pairs:
        return []
    for clause in re.split(r"[，,。；;：:！!？?\n]", sentence):
        clause = _OPEN.sub("", bare(clause))
        for case, measure in pairs:
            if not clause.startswith(case):
                continue
            rest = clause[len(case):]
            said = measure[:2] in rest or re.search(re.escape(measure[0]) + r"(?:[一二两三1-9]|低|为|到|成)", rest)
            if said and not _NEGATION.search(rest):
                return [f"原文规定“{case}不适用{measure}”，这句却对{case}适用{measure}"]
    return []
