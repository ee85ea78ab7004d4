"""Which measures a sentence about combining says may be combined.

The combinability reading (`claims.combinable`) judges every measure of a sentence that carries a
word of combining. Two constructions say something else of some of those measures:

- **a clause about another article or paragraph**: "第十条第二款允许责令公开道歉单独适用，但第十一条把
  责令公开道歉和停职检查、免职放在一起，程序按中办发[2009]25号文件执行" — the measures after 但第十一条
  are what 第十一条 groups, not measures said to be combinable; "…，调离现工作岗位就是第十条第一款列出
  的问责方式之一" says where a measure is listed. From a clause that names an article or paragraph
  other than the combinable paragraph, and has no word of combining (nor one that carries it
  over: 也, 同样), up to the next clause that has one, the measures are left to the readings of
  that article (procedures, listings).
- **a pair said to go together**: "通报批评和调离现工作岗位可以一并适用", "调离现工作岗位可以和通报批评
  同时适用": two measures applied together. 第十条第二款 lets each measure it lists be combined with
  *other* measures, so the pair may go together when one of the two is on that list (both off it,
  "停职检查和免职可以一并适用", is said of nothing the paragraph allows). A clause that also says
  单独, restricts (只有) or denies keeps the distributive reading of `claims.combinable`.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs
from ..schema import RuleBook
from .claims import NEGATION, Verdict, _COMBINE, marks

_CLAUSE = re.compile(r"[^，,；;：:]+")
_MAY = r"(?:可以|可|能|能够|也可以|也能)"
_TOGETHER = r"(?:一并|同时|合并|一起)(?:适用|使用|给予|给)"
_AND = r"(?:和|与|跟|同|以及)"
# "第十一条规定的免职也一样": a clause that carries the combining over is about combining
_CARRIED = re.compile(r"也|同样|一样|亦|同理")
_NOT_PAIRWISE = re.compile(r"单独|只有|只能|仅|唯有")


def _pair(clause: str, book: RuleBook) -> tuple[str, str] | None:
    """The two measures of "A和B可以一并适用" / "A可以和B同时适用", when the clause is only that pair."""
    ms = [(s, e, c) for s, e, cat, c in marks(clause, book) if cat == "measure"]
    if len(ms) != 2 or _NOT_PAIRWISE.search(clause) or NEGATION.search(clause):
        return None
    (s1, e1, a), (s2, e2, b) = ms
    between, after = clause[e1:s2], clause[e2:]
    if re.fullmatch(_AND, between) and re.match(_MAY + "?" + _TOGETHER, after):
        return a, b
    if re.fullmatch(_MAY + _AND, between) and re.match(_TOGETHER, after):
        return a, b
    return None


def combinable(sentence: str, book: RuleBook, before: str,
               judge: Callable[[str, RuleBook, str], list[Verdict]]) -> list[Verdict]:
    """`judge` (claims.combinable) over the clauses that speak of combining; a pair said to go
    together held to the paragraph's list; clauses about another article left out."""
    if not _COMBINE.search(sentence):
        return judge(sentence, book, before)
    row = book.regulation.combinable
    allowed = set(row.measures)
    out: list[Verdict] = []
    kept: list[str] = []
    elsewhere = False
    for m in _CLAUSE.finditer(sentence):
        clause = m.group(0)
        combining = bool(_COMBINE.search(clause))
        refs = [r for r in find_refs(clause) if r.internal and r.article]
        other = any(r.article != row.source.article or (r.paragraph and r.paragraph != row.source.paragraph)
                    for r in refs)
        if combining:
            elsewhere = False
        elif other and not _CARRIED.search(clause):
            elsewhere = True
        if elsewhere:
            continue
        pair = _pair(clause, book) if combining else None
        if pair is not None:
            ok = bool(allowed & set(pair))
            out.append(Verdict(ok, f"{row.source.label}：{'、'.join(m for m in pair if m in allowed)}可以和其他问责方式合并适用"
                               if ok else f"与{row.source.label}不符：{pair[0]}和{pair[1]}都不在可以合并适用的"
                                          f"{'、'.join(row.measures)}之中。"))
            continue
        kept.append(clause)
    if len(kept) == len(list(_CLAUSE.finditer(sentence))):
        return judge(sentence, book, before)
    rest = "，".join(kept)
    return out + (judge(rest, book, before) if rest else [])
