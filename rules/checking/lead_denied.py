"""A yes whose own supporting sentence says no: "会。复核、申诉期间，不停止追究决定的执行。" to
"复核期间，追究决定会暂停执行吗？".

Why: a yes/no lead the question's claim cannot decide is judged by the sentence after it: that
sentence supported, the lead passes. But the sentence may be supported *and* answer the question
the other way: its negation (不停止) falls on the very act the question asks about (暂停执行), so
the yes it stands behind is the opposite of what it says. The lead was read as true because its
support was true.

Read here: the question's predicate is where its no-claim puts the negation (申请复核期间，追究决定
|会暂停执行: the yes-claim from there on, modal words aside). The sentence after a yes denies it
when one of its clauses shares the question's subject (two character pairs of the claim before
the predicate) and has a negation (不 / 未 / 没 / 不予 / 不得, a bound such as 不超过 or 不满 aside)
whose act, modal words aside, shares a character of content with the predicate (不停止 for
暂停执行). A predicate that holds a negation of its own (是不是先不执行), and a sentence that
turns (但 / 除外 / 不过: it may say yes and no to different cases), are not read here; a no lead
is not read here either (a yes in the sentence after is seldom as plain).
"""
from __future__ import annotations

import re

from .sources import bigrams

_MODAL = re.compile(r"^(?:会|能够|能|需要|需|要|可以|可|应当|应该|应|得|将|还|先|是|就|都|也|再|被|予以|予)+")
_NEG = re.compile(r"不(?!超过|少于|低于|高于|满|足|到|仅|但|论|管|同|断|良|可抗力)|未|没有|没|无需|无须")
_TURN = re.compile(r"但|除外|不过|然而|只是|以外|之外|例外")
_FUNCTION = set("的了和与及或者对把在于其之以")


def _predicate(yes: str, no: str) -> tuple[str, str]:
    """(the claim before its predicate, the predicate), where the no-claim parts from the yes one."""
    k = 0
    while k < min(len(yes), len(no)) and yes[k] == no[k]:
        k += 1
    return yes[:k], _MODAL.sub("", yes[k:])


def denies(yes: str, no: str, after: str) -> bool:
    """Whether `after` answers the question (its yes- and no-claims) with a no."""
    subject, pred = _predicate(yes, no)
    if not pred or _NEG.search(pred) or _TURN.search(after):
        return False
    content = {c for c in pred if "\u4e00" <= c <= "\u9fff"} - _FUNCTION
    theirs = bigrams(re.sub(r"[^\u4e00-\u9fff]", "", subject))
    for clause in re.split(r"[。；;！!]", after):
        if len(theirs & bigrams(re.sub(r"[^\u4e00-\u9fff]", "", clause))) < 2:
            continue
        for m in _NEG.finditer(clause):
            act = _MODAL.sub("", clause[m.end():])
            if set(act[:2]) & content:
                return True
    return False
