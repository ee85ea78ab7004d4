"""A group said to wait for the body it works alongside, across a comma: "事故问责组在事故调查组完成
调查、形成事故调查结果之后，再开展问责调查工作".

`relations.accident_group` reads "X之后再开展" within one clause; people put the comma between the
time and what follows it ("…之后，再开展", "…结束以后，问责组才启动"), or say the order with a verb
of comparison (晚于, 排在…之后). The row (`acts: forms_group`, `alongside`) says the group works in
step with the other body, so a clause that ends on the other body's work being done (its name or
the stem of its name: 调查组, 调查结果, 调查结束; not the group's own 问责调查) followed by a clause
that starts with 再/才/然后 and a verb of starting, or the group put after the other body, is false.
"""
from __future__ import annotations

import re

from ..schema import RuleBook
from .claims import NEGATION, Verdict
from .relations import _short

_DONE = re.compile(r"(?:结束|完成|完毕|出来|之后|以后|后)$")
_THEN = re.compile(r"^(?:[^，,；;。]{0,8}?)(?:再|才|然后|方)(?:[^，,；;。]{0,4}?)(?:成立|组建|开展|启动|开始|进行|介入|跟进)")
_LATER = re.compile(r"晚于|迟于|滞后于|排在[^，,；;。]{0,10}(?:之后|后面|后头)")


def waits(sentence: str, book: RuleBook) -> list[Verdict]:
    """A verdict against each clause that puts the group after the body it works alongside."""
    out: list[Verdict] = []
    for row in book.regulation.conductors:
        if row.acts != "forms_group" or not row.group or not row.alongside:
            continue
        group, other = _short(row.group), _short(row.alongside)
        stem = re.sub(r"组$", "", other)                      # 调查组 -> 调查: the other body's work
        if group not in sentence or stem not in sentence.replace(re.sub(r"组$", "", group), ""):
            continue
        why = f"{row.source.article_label}：{row.group}{row.how}，不是在{other}之后。"
        clauses = re.split(r"(?<=[，,；;。])", sentence)
        for i, c in enumerate(clauses[:-1]):
            head = c.rstrip("，,；;。")
            own = head.replace(re.sub(r"组$", "", group), "")   # 问责调查 is the group's own work
            if not (_DONE.search(head) and stem in own and _THEN.search(clauses[i + 1])):
                continue
            if NEGATION.search(head[:6]) or re.search(r"不是|并非|而不是", head):
                continue
            out.append(Verdict(False, why))
        for m in _LATER.finditer(sentence):
            before = sentence[:m.start()]
            if NEGATION.search(before[-4:]) or stem not in (before[-16:] + sentence[m.end():m.end() + 12]).replace(
                    re.sub(r"组$", "", group), ""):
                continue
            out.append(Verdict(False, why))
    return out
