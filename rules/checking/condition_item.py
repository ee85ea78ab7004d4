"""A condition that names a numbered item (有第二十条第（一）项规定情形…的) is the condition of the
text's clause that names the same item, not of a clause naming another item of that article.

The consequence reading of one_clause.py chooses the clause whose condition a draft's condition
says by their shared word pairs, and an item's number is one or two pairs: "承办者有第二十条第（一）
项规定情形但未发生事故的" shares more of the shorter condition "有第二十条第（二）项规定情形，未发生
事故的" (its 承办者 and 本办法 said once, in the first condition) and 责令停止活动, the first
condition's consequence, was called the second's. The numbers are what tells two such conditions
apart, so a condition naming items is matched only to clauses whose condition names one of them
(or names no item at all)."""
from __future__ import annotations

from ..references import find_refs


def _items(text: str) -> set[tuple[int, int]]:
    return {(r.article, r.item) for r in find_refs(text)
            if r.article and r.item and not r.doc_title and not r.doc_number}


def other_item(said: str, condition: str) -> bool:
    """Whether `said` and `condition` both name items, and none the same."""
    mine = _items(said)
    if not mine:
        return False
    theirs = _items(condition)
    return bool(theirs) and not mine & theirs
