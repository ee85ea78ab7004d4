"""A total of two periods the text chains: "先在10个工作日内完成初步核实，再自初步核实完成之日起5个
工作日内决定是否立案，前后最多15个工作日" where the text says 应当在10个工作日内完成初步核实，并自
初步核实完成之日起5个工作日内决定是否立案 and never 15.

Why: the second period runs from the day the first step is done (自…之日起), so the longest the two
steps take together is the sum, which an answer works out; the support test, asking every figure
to be in the passage, flagged it ("“15”不是原文这一句的数字").

The reading: a total (前后 / 总共 / 一共 / 合计 / 加起来 / 累计, then 最多 / 最长 / 不超过 or nothing,
then N and a unit) in a sentence that states two or more periods of that unit; those periods in one
sentence of the text, each after the first started by 自…之日起 / 之后 (a chain, not two periods
side by side); N their sum. Then the total is cut (a break in its place) and the rest held to the
passage as before. A total that is not the sum, or periods the text does not chain, is left to the
support test.
"""
from __future__ import annotations

import re

from . import numerals as N

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:个工作日|工作日|个月|小时|日|天|年)"
_TOTAL = re.compile(rf"(?:前后|总共|一共|合计|加起来|累计|总计)(?:最多|最长|至多|不超过|顶多)?(?:是|为|要|需要|用)?({_NUM})({_UNIT})")
_CHAIN = re.compile(r"自[^，,。；;]{1,20}之日起|之后|完成后")


def read(sentence: str, texts: list[str]) -> str:
    """The sentence with a right total of chained periods cut, else as is."""
    if not re.search(r"前后|总共|一共|合计|加起来|累计|总计", sentence):
        return sentence
    plain = N.arabic(sentence)
    cut = []
    for m in _TOTAL.finditer(plain):
        unit = m.group(2)
        rest = plain[:m.start()] + plain[m.end():]
        periods = [float(x) for x in re.findall(rf"(?<![\d.])({_NUM}){re.escape(unit)}", rest)]
        if len(periods) < 2 or abs(sum(periods) - float(m.group(1))) > 1e-6:
            continue
        if any(_chained(periods, unit, N.arabic(t)) for t in texts):
            cut.append(m.span())
    if not cut:
        return sentence
    for a, z in sorted(cut, reverse=True):
        plain = plain[:a] + "；" + plain[z:]
    return plain


def _chained(periods: list[float], unit: str, text: str) -> bool:
    """Whether one sentence of the text states the periods in turn, each after the first from
    the end of the step before (自…之日起)."""
    for s in re.split(r"[。；;\n]", text):
        at = []
        for p in periods:
            shown = f"{p:g}"
            m = re.search(rf"(?<![\d.]){re.escape(shown)}{re.escape(unit)}", s[at[-1]:] if at else s)
            if m is None:
                break
            at.append((at[-1] if at else 0) + m.end())
        else:
            starts = [0] + at[:-1]
            if all(_CHAIN.search(s[starts[i]:at[i]]) for i in range(1, len(at))):
                return True
    return False
