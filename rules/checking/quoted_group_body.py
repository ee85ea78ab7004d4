"""A group quoted from the text given to another body than the clause that names it (branch
`g15miss`).

"300个端口属于“前款规定以外的运营单位”，归市应急管理局追究" where the text says "区应急管理部门负责
本辖区内前款规定以外的运营单位…的责任追究" (and the paragraph before it gives 市应急管理局 the
others): the quoted words are the text's own, and the body is named in the article too, so the
support test passes the sentence. Read here: a quote of the sentence (four characters at least)
that a clause of the held articles holds word for word, followed in the sentence by the body it is
given to (归 / 由 / 交由 X + 追究 / 负责 / 管理 / 处理 / 查处 …); the clause's own doer (the party that
opens it before 负责 / 主管 / 承担, or its 由Y). When the clause names a doer, does not name X, and
X is another body (no content pair shared, or another level: 市 / 区 / 县 …), the group was given
to the wrong body. A quote no clause holds, or a clause without a doer, is left to the others.
"""
from __future__ import annotations

import re

from .one_clause import _content, clauses_of
from .sources import bigrams, squash

_QUOTE = re.compile(r"[“\"]([^”\"]{4,30})[”\"]")
_GIVEN = re.compile(r"(?:归|由|交由|交给)((?:(?!负责|追究|处理|查处|调查)[\u4e00-\u9fff]){2,16})(?:负责)?(?:追究|负责|管理|管|处理|查处|调查|作出|决定|监管)")
_OPENER = re.compile(r"^([\u4e00-\u9fff]{2,16}?)(?:负责|主管|承担)")
_BY = re.compile(r"由([\u4e00-\u9fff]{2,16}?)(?:负责|作出|调查|追究|处理|查处|决定)")
_LEVELS = set("省市区县乡镇")


def _agree(a: str, b: str) -> bool:
    """The same body: a content pair shared, and no other level of government."""
    la, lb = set(a) & _LEVELS, set(b) & _LEVELS
    return bool(_content(bigrams(a)) & _content(bigrams(b))) and not (la and lb and not la & lb)


def may_concern(sentence: str) -> bool:
    return ("“" in sentence or '"' in sentence) and bool(_GIVEN.search(squash(sentence)))


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    said = squash(sentence)
    for q in _QUOTE.finditer(said):
        given = _GIVEN.search(said, q.end())
        if not given:
            continue
        body = given.group(1)
        for n, text in articles:
            for c in clauses_of(n, text):
                raw = squash(c.raw)
                if q.group(1) not in raw or body in raw:
                    continue
                m = _OPENER.match(raw) or _BY.search(raw)
                if m and not _agree(body, m.group(1)):
                    return [f"原文“{q.group(1)}”由{m.group(1)}负责，不是{body}"]
    return []
