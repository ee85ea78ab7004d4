"""What cannot be a modifier of a head noun: a conjunction, or words a punctuation mark cuts off.

`swaps.swapped` reads a stretch the sentence adds or exchanges right before a head noun both
sides share (刑事 before 责任 for 纪律) as a modifier: a term of the head's kind the article does
not have. Two stretches there qualify nothing:
- a conjunction joins what is before it to what follows ("情况复杂、并且经本部门主要负责人批准":
  并且 joins the two conditions; 经本部门 is the article's);
- words a punctuation mark ends belong to another clause ("…后的程序：调查组要出调查报告":
  程序 closes the heading; 调查组 starts the next clause). The alignment reads the sentence
  without punctuation, so the mark is looked for in the sentence as written;
- words before a demonstrative that opens the head's phrase ("只给本单位人员用" for 仅供本单位人员
  使用: 本单位 is a whole noun phrase; what comes before 本, 该, 此 is a verb or an adverb, since a
  modifier before a demonstrative needs 的, which the reading already cuts at). `determined` reads
  this one (branch g18alarm).
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


# a demonstrative opening a noun phrase (本单位, 该部门, 此机关); 本级 is a level, not a determiner
_DEMONSTRATIVE = re.compile(r"[本该此](?!级)")


def determined(between: str) -> bool:
    """True when `between` (the words shared by both sides between the exchanged stretch and the
    head noun) opens with a demonstrative: the stretch before it modifies no head."""
    return bool(_DEMONSTRATIVE.match(between))
