"""A condition of an exemption said with one of its joined parts dropped.

The text often exempts only when two things hold together, joined by 并 / 并且 / 且 / 同时: "对在
决策中明确表示反对并记录在案的人员，不予追究", "（二）执行上级书面决定，并已书面提出不同意见的"
under "有下列情形之一的，可以免予追究". A sentence that keeps the first part and the exemption
("明确表示反对的人员，不予追究") exempts more people than the text does: the first part's words
and the exemption are the text's, so the sentence restates it closely, and a dropped part is
no word the support test could miss.

Read here, for exemptions only (不予追究, 免予追究, 不承担, 从轻…: a dropped condition there widens
what is waived; a duty or a penalty said without one of its conditions is incomplete, and left
to the other readings): a sentence that says an exemption and the first part of a joined
condition the passages give for one, and none of the words of its second part, drops that part.
The first part is held when most of its words are said, or when the act next to the joining word
(its last eight characters) is said whole and half its words are: the subject may be reordered.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare, bigrams

_EXEMPT = re.compile(r"不予(?:追究|问责|处分|处理|处罚)|免予(?:追究|问责|处分|处理|处罚)|免除(?:责任|处罚|处分)|"
                     r"不(?:再)?追究|不承担|从轻|减轻|免责")
_TURNED = re.compile(r"(?:不能|不得|不可以|不会|不是|并非|不)[^，,。；;]{0,2}$")
# the first part, the joining word, the second part (what is between it and 的)
_JOINED = re.compile(r"([^，,；;。：:（）()]{4,}?)[，,]?(?:并且|并已|并|且|同时)(?:已经?)?([^，,；;。：:（）()的]{2,12})的")
_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十\d]+[)）]")
_FUNCTION = re.compile(r"[的了是在和与及也都就而则所其这那个些被把将对已]")


def _pairs(text: str) -> set[str]:
    return bigrams(_FUNCTION.sub("", text))


def _joined_conditions(text: str) -> list[tuple[str, str, str]]:
    """(first part, second part, the text's words) of each joined condition of an exemption."""
    out = []
    lines = text.splitlines()
    lead_exempts = bool(lines and _EXEMPT.search(lines[0]) and re.search(r"下列|以下", lines[0]))
    for line in lines:
        if _ITEM.match(line) and lead_exempts:
            parts = [_ITEM.sub("", line)]
        else:
            parts = [s[:m.start()] for s in re.split(r"[。；;]", line) for m in _EXEMPT.finditer(s)]
        for part in parts:
            for m in _JOINED.finditer(part):
                first = re.sub(r"^(?:对|凡|有)", "", m.group(1))
                out.append((first, m.group(2), m.group(0)))
    return out


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    said = _EXEMPT.search(sentence)
    if said is None or not passages or _TURNED.search(sentence[:said.start()]):
        return []
    mine = _pairs(sentence)
    for p in passages:
        for first, second, words in _joined_conditions(p.text):
            fp, sp = _pairs(first), _pairs(second)
            if len(fp) < 3 or not sp:
                continue
            share = len(fp & mine) / len(fp)
            # the act next to the joining word said whole, its subject reordered (其他参与研究的人员 for
            # 参与研究的其他人员对决定…) (branch g9pass)
            act = _pairs(first[-8:])
            held = share >= 0.8 or (share >= 0.5 and len(act) >= 3 and len(act & mine) / len(act) >= 0.9)
            if held and not (sp & mine):
                return [f"原文的条件是“{bare(words)}”，少了“{second}”（{p.label}）"]
    return []
