"""The subject of a list's opening line, said with one of its items: "第十条第（四）项要求乡镇、街道
建立巡查台账" where the article reads "乡镇人民政府、街道办事处应当履行下列职责：…（四）建立巡查台账".

Why: the item's line has no subject; its article's opening line gives every item one (X应当履行
下列职责：). A sentence that cites the item and names that subject before the item's act says what
the article says, and held to the item's line alone the subject reads as words the item lacks.

Read here: after the item's citation (第N条第（k）项 + 要求 / 规定 / 明确), the run of names the
opening line puts before its modal word, each member of the sentence's run a shortening of one
of the opening's members (乡镇 of 乡镇人民政府, 区政府 of 区人民政府: its characters in order,
the first the same), goes from the sentence read for novel words. A name the opening does not
give (区政府 for 乡镇人民政府、街道办事处) stays, and so does everything after the run.
"""
from __future__ import annotations

import re

_N = r"[零一二两三四五六七八九十百\d]+"
# the item's citation at the sentence's start, and the verb that says what it asks of whom
_CITED = re.compile(rf"^(?:本(?:办法|规定|条例|细则))?第{_N}条(?:第{_N}款)?第?[（(][一二三四五六七八九十]+[)）]项?"
                    r"(?:规定|要求|明确|写明)?(?:了)?[，,：:]?")
# the opening line's subject: the names before its first comma or modal word
_OPENING = re.compile(rf"^\s*(?:第{_N}条\s*)?(?P<s>[\u4e00-\u9fff、（）()]{{2,40}}?)"
                      r"(?=[，,]|应当|应|须|必须|负责|可以|有下列)")
_JOIN = re.compile(r"、|以及|和|及|或者|与")


def _members(opening: str) -> list[str]:
    """The names of the opening line's subject (乡镇人民政府, 街道办事处), else []."""
    m = _OPENING.match(opening)
    if not m or "下列" not in opening:
        return []
    return [x for x in _JOIN.split(m.group("s")) if len(x) >= 2]


def _shortening(name: str, member: str) -> bool:
    """Whether `name` is `member` shortened: its first character, the rest in order."""
    if not name or name[0] != member[0]:
        return False
    rest = iter(member)
    return all(c in rest for c in name)


def _one_name(text: str, members: list[str]) -> int:
    """The length of the longest name at the start of `text` that shortens a member (0: none)."""
    best = 0
    for member in members:
        n = 0
        while n < len(text) and _shortening(text[:n + 1], member):
            n += 1
        best = max(best, n if n >= 2 else 0)
    return best


def without_subject(sentence: str, lead: str) -> str:
    """The sentence without the lead's subject said after the item's citation, else unchanged."""
    cited = _CITED.match(sentence)
    if cited is None or cited.end() == len(sentence):
        return sentence
    openings = [x for x in lead.splitlines() if re.search(r"[：:]\s*$", x)]
    members = [m for o in openings for m in _members(o)]
    if not members:
        return sentence
    start = at = cited.end()
    while True:
        n = _one_name(sentence[at:], members)
        if not n:
            break
        at += n
        joint = _JOIN.match(sentence, at)
        if joint is None or not _one_name(sentence[joint.end():], members):
            break
        at = joint.end()
    if at == start:
        return sentence
    # (the lead's modal word after the subject is the opening's too: 乡镇人民政府应当建立…)
    modal = re.match(r"应当|应|须|必须", sentence[at:])
    if modal and any(modal.group(0) in o for o in openings):
        at += modal.end()
    return sentence[:start] + sentence[at:]
