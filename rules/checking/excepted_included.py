"""A case the text excepts (…；但是，X除外), said to be included: "只提供助餐服务的站点也在参照范围之内"
where the article says "社区养老服务站点的服务安全责任追究，参照本办法执行；但是，仅提供助餐服务的站点
除外".

X除外 takes X out of the statement before it. A draft that restates the statement and then puts X
under it (X也在…之内 / X也适用 / X同样…) keeps the statement's words and X's, so the support test finds
every part of it; `excluded_case` reads the exclusion said with 不适用, and `exception_dropped` a
statement said of its whole object, not the excepted case named and included. Read here: for each
X除外 of the articles a sentence is held to (X of four characters at least), a clause of the sentence
that says most of X's content pairs and then includes it (也, 同样, 一样, 都, 包括, 在…之内, 属于,
适用) with no word of exclusion of its own (不, 未, 没, 非, 除, 排除, 例外) says what the text
denies. Only ever turns a verified sentence into an unsupported one.
"""
from __future__ import annotations

import re

from .sources import bare, content_pairs

_EXCEPT = re.compile(r"(?:但是|但)[，,]?([^，,。；;：:]{4,40}?)除外")
_CLAUSE = re.compile(r"[，,。；;！？\n]")
_INCLUDED = re.compile(r"也|同样|一样|都|包括|之内|以内|范围内|属于|适用")
_EXCLUDING = re.compile(r"不|未|没|非|除|排除|例外|另")
_FUNCTION = set("的了是在和与及也都就而则所其这那个些被把将仅只")
SHARE = 0.7


def _content(text: str) -> set[str]:
    return content_pairs(text, _FUNCTION)


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    for _, text in articles:
        for m in _EXCEPT.finditer(text):
            case = m.group(1)
            pairs = _content(case)
            if len(pairs) < 3:
                continue
            for clause in _CLAUSE.split(sentence):
                said = _content(clause)
                if len(pairs & said) / len(pairs) < SHARE or _EXCLUDING.search(clause):
                    continue
                # the inclusion said after the case's words
                last = max(bare(clause).rfind(g) for g in pairs & said)
                if _INCLUDED.search(bare(clause)[last:]):
                    return [f"原文“{m.group(0)}”，{bare(case)}不在其中"]
    return []


def may_concern(sentence: str) -> bool:
    return bool(_INCLUDED.search(sentence))
