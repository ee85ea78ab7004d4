"""Which kind of day a period counts: "这里的15天按自然日算，不是工作日。" (branch regalarm).

Why: a regulation counts some periods in days (十五日内) and others in working days (十个工作日内),
and says in its definitions what each means (以“日”计算的，指自然日；以“工作日”计算的，不含法定节
假日). A right draft tells a reader which kind a period of the text is. Read as a restatement of the
definitions, its "不是工作日" stood against 以“工作日”计算的 and was said to contradict it.

The reading: a figure said to count natural days or working days (N天按自然日算, N日是工作日, 不是
工作日) is held to how the document writes that figure (N日, or N个工作日) and to the document's own
definition of the two (a document without 自然日 in it defines nothing here, and the sentence is
left to the other readers). The kind agrees: the clauses that say it are read as shown; it does
not (15天按工作日算 where the text has 十五日), the sentence is wrong. A figure the document writes
both ways is left alone.
"""
from __future__ import annotations

import re

from . import numerals as N
from .sources import bigrams

_KIND = r"(自然日|工作日|日历日)"
# 15天按自然日算 / 15日是自然日 / 15天指的是工作日
_SAID = re.compile(rf"(?<![\d.])(\d+)(?:个)?(?:天|日|工作日)?[^，,。；;\d]{{0,6}}?(?:按|是|算|指|为|以)(?:的是)?{_KIND}(?:计算|算|来算|计)?")
# the contrast after it: 不是工作日 / 而不是工作日 / 不按工作日
_NOT = re.compile(rf"[，,]?(?:而)?(?:不是|并非|而非|不按|不算|不以){_KIND}(?:计算|算|来算|计)?")
_LEFT = re.compile(r"[这那]里?(?:的|说的|所说的)?|此处的?|[，,。；;！!\s]")


def _kind(number: str, doc: str, context: str) -> str | None:
    """How the document writes the period of `number` days the sentence is about: 工作日, 自然日,
    or None (not at all, or both ways in lines the context fits equally). Where the document has
    the figure both ways, the line the context (the sentence before it, that said the period)
    shares most words with decides."""
    said = bigrams(context)
    scored: dict[str, float] = {}
    for line in doc.splitlines():
        for m in re.finditer(rf"(?<![\d.]){number}(个?工作日|日|天)", line):
            kind = "工作日" if "工作日" in m.group(1) else "自然日"
            share = len(said & bigrams(line)) / len(said) if said else 0.0
            scored[kind] = max(scored.get(kind, -1.0), share)
    if not scored:
        return None
    if len(scored) == 1:
        return next(iter(scored))
    best = max(scored.values())
    kinds = [k for k, v in scored.items() if v == best]
    return kinds[0] if len(kinds) == 1 and best >= 0.3 else None


def read(sentence: str, texts: list[str], before: str = "") -> tuple[bool | None, str, str]:
    """(True, why, "") when the sentence only says which kind of day a period counts and it is
    right; (False, why, "") when it is wrong; (None, "", the sentence without the clauses read
    here) otherwise."""
    doc = N.arabic("\n".join(texts))
    if "自然日" not in doc:
        return None, "", sentence
    plain = N.arabic(sentence)
    m = _SAID.search(plain)
    if m is None:
        return None, "", sentence
    kind = _kind(m.group(1), doc, N.arabic(before + sentence))
    if kind is None:
        return None, "", sentence
    said = "自然日" if m.group(2) == "日历日" else m.group(2)
    if said != kind:
        return False, f"原文把{m.group(1)}写成{'“' + m.group(1) + '个工作日”' if kind == '工作日' else '“' + m.group(1) + '日”'}，按{kind}计算。", ""
    end = m.end()
    n = _NOT.match(plain, end)
    if n is not None:
        if ("自然日" if n.group(1) == "日历日" else n.group(1)) == kind:
            return False, f"原文的{m.group(1)}日按{kind}计算。", ""
        end = n.end()
    rest = plain[:m.start()] + plain[end:]
    if not _LEFT.sub("", rest):
        return True, f"原文写作{m.group(1)}{'个工作日' if kind == '工作日' else '日'}，按{kind}计算", ""
    return None, "", rest
