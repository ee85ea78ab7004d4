"""A total worked out from a rate per thing: "按每处2分算是14分" to "有7处隐患没按期整改，要扣多少分？"
where the text's table says 每处2分 and never 14分.

Why: an answer multiplies the asker's count by the text's rate, then applies the text's cap
(累计最高扣10分). The product is no figure of the text, so the support test flagged the sentence
("14在第十三条中找不到").

The reading: a figure X with its unit said as the result of a rate (算是 / 就是 / 即 / 共 / 合计 /
一共 / 总共 … just before it) in a sentence that states the rate 每<measure word><R><unit>, the
document having that rate word for word; the count is the one the question (or the sentence) gives
of the same measure word (7处). X equal to count × R is cut (a break left in its place), the rest
held to the text as before; any other X is left for the support test to miss.
"""
from __future__ import annotations

import re

from . import numerals as N

_NUM = r"\d+(?:\.\d+)?"
_RATE = re.compile(rf"每([处起次件个项人名家户日天月年])({_NUM})([\u4e00-\u9fff]{{1,2}}?)(?=[，,。；;、\s]|算|计|$)")
_RESULT = r"(?:算是|算下来是?|算得|就是|即|共计?|合计|一共是?|总共是?|累计是?|计)"


def read(sentence: str, question: str, texts: list[str]) -> str:
    """The sentence with the totals it works out right cut, else as is."""
    if "每" not in sentence:
        return sentence
    plain = N.arabic(sentence)
    if not _RATE.search(plain):
        return sentence
    doc = N.arabic("\n".join(texts))
    asked = N.arabic(question) + "\n" + plain
    cut = []
    for m in _RATE.finditer(plain):
        measure, rate, unit = m.group(1), float(m.group(2)), m.group(3)
        if m.group(0) not in doc:
            continue                                   # a rate the text does not give
        counts = {float(c) for c in re.findall(rf"(?<![\d.每])({_NUM}){measure}", asked)}
        for r in re.finditer(rf"{_RESULT}({_NUM}){re.escape(unit)}", plain[m.end():]):
            x = float(r.group(1))
            if any(abs(c * rate - x) < 1e-6 for c in counts):
                cut.append((m.end() + r.start(1), m.end() + r.end(1) + len(unit)))
    if not cut:
        return sentence
    out = plain
    for a, z in sorted(set(cut), reverse=True):
        out = out[:a] + "；" + out[z:]
    return out
