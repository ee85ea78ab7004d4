"""What cannot be a modifier of a head noun: a conjunction, or words a punctuation mark cuts off.

`swaps.swapped` reads a stretch the sentence adds or exchanges right before a head noun both
sides share (刑事 before 责任 for 纪律) as a modifier: a term of the head's kind the article does
not have. Two stretches there qualify nothing:
- a conjunction joins what is before it to what follows ("情况复杂、并且经本部门主要负责人批准":
  并且 joins the two conditions; 经本部门 is the article's);
- words a punctuation mark ends belong to another clause ("…后的程序：调查组要出调查报告":
  程序 closes the heading; 调查组 starts the next clause). The alignment reads the sentence
  without punctuation, so the mark is looked for in the sentence as written.
"""
from __future__ import annotations

import re

_CONJUNCTION = re.compile(r"^(?:并且|而且|并|且|以及|或者|或|同时|然后|再)+")
_PUNCT = re.compile(r"[，,。；;：:、！？!?“”\"'（）()《》\s]")


def not_modifier(added: str, term: str, written: str) -> bool:
    """True when `added` (the sentence's stretch before the head, function words left out) is
    only a conjunction, or `term` (that stretch with its head) is cut by a punctuation mark in
    the sentence as `written`."""
    if not _CONJUNCTION.sub("", added):
        return True
    if not term or len(term) < 2:
        return False
    # the term as written, any punctuation allowed between its characters
    spread = "".join(re.escape(ch) + r"[，,。；;：:、！？!?“”\"'（）()《》\s]*" for ch in term[:-1]) + re.escape(term[-1])
    found = [m.group(0) for m in re.finditer(spread, written)]
    return bool(found) and all(_PUNCT.search(f) for f in found)
