"""A case said to lose a provision the text takes away from other cases only: "造成人员死亡的，不适用
第十九条的规定" (or "…的，应当从重追究。有这种情形的，也不适用第十九条") where the text says "有前款
第（一）项、第（二）项情形的，不适用本办法第十九条的规定" and 造成人员死亡 is 前款第（四）项.

Why: the exclusion and the list it refers to are one article, so the case's words and 不适用第十九条
are all in the passage and the support test passed the sentence; the cases the exclusion names by
reference were never read.

Read: a sentence "X的，[也]不适用…第N条" (X 这种情形 / 上述情形 / 该情形 is the case the sentence
before opens with) and the document's statements "有<items by reference>情形的，不适用…第N条" with
the same N. The items they name (前款第（一）项 in the paragraph before the statement, 第M条第（二）项
in article M) are read out; when the sentence's case restates an item of the same list (most of
its character pairs there) that no such statement names, the sentence gives the exclusion to a
case the text does not: unsupported. A case that restates a named item, or no item of the list,
is left to the other readings.
"""
from __future__ import annotations

import re

from ..references import cn_int
from . import paragraph_lines
from .sources import SourceText, bare, bigrams

_NUM = r"[零一二两三四五六七八九十百\d]+"
_SAID = re.compile(rf"(?P<case>[^。；;！？]*?)的[，,](?:则|也|同样|就|均|都)*(?:不得|不能|不再|不)适用(?:本(?:办法|规定|条例|细则))?第(?P<n>{_NUM})条")
_STATED = re.compile(rf"有(?P<refs>[^。；;]*?)(?:情形|行为)的[，,](?:也)?不适用(?:本(?:办法|规定|条例|细则))?"
                     rf"(?:第(?P<n>{_NUM})条|(?P<rel>前款|前两款|本条))")
_ARTICLE = re.compile(rf"第({_NUM})条")
_ITEM = re.compile(r"第[（(]?([一二三四五六七八九十]+)[)）]?项")
_ANAPHOR = re.compile(r"^(?:有|出现|存在|属于)?(?:这种|这类|此类|这些|上述|该|此种|以上)(?:情形|情况)$")
_CASE_HEAD = re.compile(r"^(?:[^。；;，,]*?)(?=的[，,])")
_BASIS = re.compile(r"^(?:根据|依照|按照|依据)[^，,。]*[，,]")
MIN_HELD = 0.6


def _num(x: str) -> int | None:
    try:
        return cn_int(x)
    except ValueError:
        return None


def _excluded(n: int, passages: list[SourceText]) -> list[tuple[list[tuple[int, str]], set[int]]]:
    """For each statement excluding article n: (the items of the list it refers to, the numbers
    of those it names)."""
    out = []
    for p in passages:
        if p.article is None or "#" in p.id:
            continue
        paras = paragraph_lines.paragraphs(p.text)
        for k, lines in enumerate(paras, 1):
            for m in _STATED.finditer("".join(lines)):
                # (不适用前款规定: the article whose paragraph it follows)
                if (p.article if m.group("rel") else _num(m.group("n"))) != n:
                    continue
                named = {v for x in _ITEM.findall(m.group("refs")) if (v := _num(x)) is not None}
                if not named:
                    continue
                art = _ARTICLE.search(m.group("refs"))
                if art and (a := _num(art.group(1))) is not None and a != p.article:
                    other = next((q for q in passages if q.article == a and "#" not in q.id), None)
                    items = paragraph_lines.item_lines(other.text) if other else []
                elif k > 1:
                    items = paragraph_lines.item_lines("\n".join(paras[k - 2]), 1)
                else:
                    items = []
                if items:
                    out.append((items, named))
    return out


def problems(sentence: str, before: str, passages: list[SourceText]) -> list[str]:
    m = _SAID.search(sentence)
    if not m or (n := _num(m.group("n"))) is None:
        return []
    case = re.split(r"[，,：:]", m.group("case"))[-1]
    if _ANAPHOR.match(case.strip()):
        head = _CASE_HEAD.match(_BASIS.sub("", before.strip()))
        if not head:
            return []
        case = head.group(0)
    mine = bigrams(bare(re.sub(r"^(?:有|如果|若|凡)", "", case)))
    if len(mine) < 3:
        return []
    for items, named in _excluded(n, passages):
        scored = [(len(mine & bigrams(bare(line))) / len(mine), k) for k, line in items]
        share, k = max(scored)
        if share >= MIN_HELD and k not in named and not any(s >= MIN_HELD and j in named for s, j in scored):
            said = "、".join(f"第（{'一二三四五六七八九十'[j - 1]}）项" for j in sorted(named) if 0 < j <= 10)
            return [f"原文只规定有{said}情形的不适用第{m.group('n')}条的规定，这里的情形是同一列举中的另一项"]
    return []
