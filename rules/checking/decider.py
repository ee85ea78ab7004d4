"""Who makes the initial decision, when the sentence gives it to a group: "问责组与事故调查组同步开展
工作，并负责作出初步问责决定". The convening reader judges the body that decides under a severity
(市委、市政府 for 特别重大 and 重大); a sentence without a severity, whose subject is the accident
group, is read by none. The rule data says what the group does (`conductors`: the group formed
to work alongside the investigation group, 与事故调查组同步开展问责调查工作) and who decides
(`convening`: a body of each row, never a group). So a group (事故问责组, or its short form
问责组; the group it works alongside, 事故调查组 / 调查组) said to make the initial decision is
wrong, whatever the severity.

The group decides in the sentence when it is the subject of the act: the first group named before
作出初步问责决定 (with the verbs chained after it by 并 / 还 / 也), not after 与 / 和 / 对 / 同 (its
partner or object), with no convening body between it and the act; or it follows 由 in
"初步问责决定由X作出". A denied act (不负责作出, 无权作出) and the decision the initial one comes
before (国务院、省作出问责决定前) are no such claim."""
from __future__ import annotations

import re

from ..schema import RuleBook
from .claims import Verdict

_ACT = re.compile(r"(?:作出|做出|拍板)了?(?:以下|有关|相应)?的?初步(?:问责)?决定")
# 初步问责决定(就/则/都…)由X(在24小时内/统一…)作出: an adverb before 由, and a time or manner
# phrase between the body and 作出, leave X the one who makes it
_BY = re.compile(r"初步(?:问责)?决定(?:就|则|也|都|均|将|会|是|要|应|应当|须|必须){0,2}由"
                 r"(?P<x>[^，,。；;]{2,20}?)(?:来|负责)?(?:作出|做出)")
_DENIED = re.compile(r"(?:不|没有|没|未|无权|并非|而非|不是|不由|不能|不得)[^，,。；;]{0,4}$")


def _groups(book: RuleBook) -> list[str]:
    """The groups the rule data names, each with its short form (问责组 for 事故问责组)."""
    out = []
    for row in book.regulation.conductors:
        for g in (row.group, row.alongside):
            if g:
                out += [g] + ([g[2:]] if len(g) >= 5 else [])
    return list(dict.fromkeys(out))


def _deciders(book: RuleBook) -> list[str]:
    return [b for row in book.regulation.convening for b in re.split(r"[、，]", re.sub(r"[（(][^）)]*[）)]", "", row.body)) if b]


def group_decides(sentence: str, book: RuleBook) -> list[Verdict]:
    groups, deciders = _groups(book), _deciders(book)
    if not groups:
        return []
    bodies = "、".join(dict.fromkeys(row.body for row in book.regulation.convening))
    wrong = lambda g: [Verdict(False, f"作出初步问责决定的是{bodies}（按事故等级），不是{g}。")]
    for m in _BY.finditer(sentence):
        g = next((g for g in groups if g in m.group("x")), None)
        if g and not any(d in m.group("x") for d in deciders):
            return wrong(g)
    for m in _ACT.finditer(sentence):
        before = sentence[:m.start()]
        if _DENIED.search(before):
            continue
        found = [(before.find(g), g) for g in groups if g in before]
        found = [(i, g) for i, g in found if not re.search(r"[与和对同跟及、]$", before[:i])]
        if not found:
            continue
        i, g = min(found)
        if any(d in before[i:] for d in deciders) or re.search(r"由|交|报", before[i + len(g):]):
            continue
        return wrong(g)
    return []
