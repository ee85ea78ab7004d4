"""A denial held by one passage's silence, stated by another passage of the same document (branch
wmiss7).

`support` drops a negated clause whose content the passage it holds the sentence to does not have
("初步问责以后不能进一步问责" held to an article that never speaks of 进一步问责): a passage's silence
contradicts no denial. But a sentence that names no article speaks for the whole regulation, and
another passage of it may state just what the sentence denies (可…进一步问责). The denial is then
wrong, however well the rest of the sentence matches the first passage."""
from __future__ import annotations

import re
from typing import Callable, Iterable

from ..references import find_refs

# the negations `support` sets aside, each with its clause (rules/checking/support.py `_NEGATED`)
_DENIAL = re.compile(r"(?:不包括|不属于|不适用|不需要|不用|无需|不必|不能|不可以|不得|不允许|不准|不许|不会|不是|并非|不予|并没有|没有|未|没)"
                     r"(?=[^，,。；;！？→⇒]{2,16})")
# a denial of what a text says (没有提, 没写, 未规定): the absence readings judge it
_TALK = re.compile(r"有?(?:提到?|提及|写明?|规定|说|讲|列|载明|涉及|出现)")
# the share of the case's character pairs the stating passage must have
_CASE_SHARE = 1 / 3
# the negations that forbid, and a line that permits or requires an act
_FORBIDDING = re.compile(r"不能|不可以|不得|不允许|不准|不许")
_LICENSED = re.compile(r"可以?|应当?|必须|须")
# what keeps a passage's statement from being the plain opposite: its own negation before the clause
_OWN_NEGATION = re.compile(r"不|没|未|无|非|禁止|不得")


def opposed(sentence: str, held, passages: Iterable, coverage: Callable[[str, str], float],
            min_coverage: float) -> object | None:
    """The passage (other than the one held) that states what the sentence denies: the denied
    clause is its words, said without a negation of its own, and the case the sentence denies it
    in is spoken of there, as well as in the held passage or as the held passage's case (按本规定
    第十三条…初步问责后: it refers to the held one). None when none does, or when the denied clause is in the held passage
    (then `support` judges it there). `min_coverage` is kept for the caller's reading."""
    held_text = held.text
    for m in _DENIAL.finditer(sentence):
        clause = re.sub(r"^(?:再|还|又|也|就)", "", re.split(r"[，,。；;！？→⇒]", sentence[m.end():])[0])
        if _TALK.match(clause):
            continue              # 没有提现场会: what a text says (an absence claim), not a denied fact
        if coverage(clause, held_text) >= 0.75:
            continue
        case = sentence[:m.start()]
        # a prohibition (不能, 不得, 不允许) bars what a line that permits or requires the act allows,
        # however the sentence words the act: half its pairs will do (进一步追究 for 进一步问责), and
        # the case may be the held passage's when it refers to the stating one (按本规定第十四条初步问责后)
        # (branch wmiss9)
        forbids = bool(_FORBIDDING.fullmatch(m.group(0)))
        need = 0.5 if forbids else 0.75
        for p in passages:
            # (the case the denial is said in, 初步问责决定之后, need only be spoken of there: the
            # passage may word it otherwise, 初步问责后; a third of its pairs)
            if p.text == held_text or coverage(clause, p.text) < need or coverage(case, p.text) < _CASE_SHARE:
                continue
            if coverage(case, p.text) < coverage(case, held_text) and \
                    not any(r.article == held.article for r in find_refs(p.text) if held.article) and \
                    not (forbids and p.article and any(r.article == p.article for r in find_refs(held_text))):
                continue          # the case is the held passage's, which the other neither refers to
                                  # nor speaks of as well (一般事故, held to its own article)
            if not any(_said_plainly(clause, line, coverage, need, forbids) for line in re.split(r"[。；;\n]", p.text)):
                continue
            return p
    return None


def _said_plainly(clause: str, line: str, coverage: Callable[[str, str], float], need: float = 0.75,
                  licensed: bool = False) -> bool:
    """The line has the clause's words and no negation of its own before where they start (and, for
    a prohibition, permits or requires the act)."""
    if coverage(clause, line) < need or (licensed and not _LICENSED.search(line)):
        return False
    head = next((clause[i:i + 2] for i in range(len(clause) - 1) if clause[i:i + 2] in line), clause[:2])
    at = line.find(head)
    before = line[:at] if at >= 0 else line
    return not _OWN_NEGATION.search(before[-6:])
