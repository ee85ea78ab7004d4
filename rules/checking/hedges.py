"""A hedge dropped: "复核一律采取书面审查方式" where the statement it restates says "复核一般采取
书面审查方式；投诉人要求当面陈述意见的，复核机关应当听取".

A statement that says 一般 / 原则上 / 通常 leaves room for the case it goes on to name (or for
cases it does not name). A clause restating it with an absolute in the hedge's place (一律, 一概,
全部, 都, 总是, 无一例外, 只能) closes that room: the clause says more than the text. The clause
is held to the statement it restates (`clause_hits`), and the hedge must be that statement's own,
said of what the clause says (the words after the hedge are in the clause).
"""
from __future__ import annotations

import re

from . import clause_hits as CH
from .sources import SourceText, bare

_HEDGE = re.compile(r"一般情况下|一般来说|一般|原则上|通常")
_ABSOLUTE = re.compile(r"一律|一概|全部|全都|都|总是|无一例外|只能|必定|一定")


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    r = CH.read(sentence, passages, whole, referred)
    out = []
    for hit in r.hits.values():
        clause, text = hit.clause, hit.unit.text
        said = _ABSOLUTE.search(clause)
        if said is None or _HEDGE.search(clause) or hit.share < 0.6:
            continue
        for h in _HEDGE.finditer(text):
            # what the hedge governs (a few characters after it) is what the clause says after its absolute
            governed = bare(text[h.end():h.end() + 4])
            if len(governed) >= 2 and governed[:2] in bare(clause[said.end():]):
                out.append(f"原文说的是“{h.group(0)}{text[h.end():h.end() + 6]}”，不是“{said.group(0)}”（原文：{text}）")
                break
    return out


# (galarm6) "一般情况下，每季度检查不少于1次；" followed by "…C级、D级的…，每月检查不少于1次": the hedge
# says the statement is the default beside another case, and the draft's next unit names that case
# (a condition or a qualified topic of its own before a comma, X的，… / X的Y，…), which is judged there. The hedge then asserts nothing the text
# lacks and goes; what it governs is judged as said. With no case after it, it stays (and is a claim).
_DEFAULT = re.compile(r"^(?:一般情况下|一般来说|通常情况下|通常)[，,]")
_CASE = re.compile(r"^\s*(?:[-*]\s*)?[^，,。；;：:]*[\u4e00-\u9fff]的[^，,。；;：:]*[，,]")


def without_default(sentence: str, following: str) -> str:
    """The sentence without a leading 一般情况下， when the draft's next unit states another case."""
    m = _DEFAULT.match(sentence)
    if m is None or len(sentence) - m.end() < 4 or not _CASE.search(following):
        return sentence
    return sentence[m.end():]
