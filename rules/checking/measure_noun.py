"""Whether a word is one of the class a noun names, by the rule data: "免职" of 问责方式.

A membership said with its class ("免职是第十条第一款所列的问责方式之一") is read as the listing it
states only when the class is the member's: the regulation's own name for its measures (read from
the span that lists them, `partitions._measure_nouns`) and a member the rule data marks as a
measure. Any other class (情形, 对象) is left to the other readings, so "停职检查是第十条所列的情形
之一" is not read as the true "第十条列出了停职检查".
"""
from __future__ import annotations

from ..schema import RuleBook
from .partitions import _measure_nouns, marks


def is_class(member: str, noun: str, book: RuleBook) -> bool:
    """Whether `member` is all one measure of the rule data and `noun` the regulation's name for
    its measures."""
    try:
        nouns = _measure_nouns(book)
    except (AttributeError, IndexError):
        return False
    found = [(s, e) for s, e, cat, _ in marks(member, book) if cat == "measure"]
    return noun in nouns and len(found) == 1 and found[0] == (0, len(member))
