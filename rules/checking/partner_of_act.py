"""The body an act is done together with (A会同B + act), held to the statement of that act: "渡运事故
的等级由市交通运输局会同市公安局水上分局认定" where the text says "由市交通运输局会同市应急管理局认定",
and names 市交通运输局 with 市公安局水上分局 only for another act, the investigation (branch `wsz4`).

`joint_bodies` asks that bodies said to act together be named together by some clause of the text;
here they are, for another act. Read here: a clause of the sentence "A 会同 / 联合 / 协同 B + act"
(B the longest run after the connective that ends in a body's ending, the act what follows it), and
the document's clauses of the same shape with the same lead body A and an act that opens with the
same two characters. When there are such clauses and a partner of the sentence (one of B's members
split at 、/和/及) is in none of their partners, the partner is another act's. An act the text does not
give A with a partner decides nothing.
"""
from __future__ import annotations

import re

from .sources import bare

_JOINT = re.compile(r"([^，,。；;：:由]{2,20}?)(?:会同|联合|协同)([^，,。；;：:]{3,60})")
_BODY_END = re.compile(r"(?:分局|局|政府|部门|机关|委员会|办事处|单位|中心|支队|大队|办公室)")
_MEMBERS = re.compile(r"、|和|及|以及|与")


def may_concern(text: str) -> bool:
    return bool(re.search(r"会同|联合|协同", text))


def _parts(m: re.Match) -> tuple[str, str, str] | None:
    """(lead body, partners, act) of a joint clause, or None when the partners end in no body."""
    ends = list(_BODY_END.finditer(m.group(2)))
    if not ends:
        return None
    partners, act = m.group(2)[:ends[-1].end()], bare(m.group(2)[ends[-1].end():])
    lead = bare(m.group(1))
    lead = lead[lead.rfind("由") + 1:] if "由" in lead else lead
    if len(act) < 2 or len(lead) < 2:
        return None
    return lead, partners, act


def problems(sentence: str, texts: list[str]) -> list[str]:
    theirs = [p for t in texts for m in _JOINT.finditer(t) if (p := _parts(m))]
    for m in _JOINT.finditer(sentence):
        mine = _parts(m)
        if mine is None:
            continue
        lead, partners, act = mine
        same = [p for p in theirs if (lead.endswith(p[0]) or p[0].endswith(lead)) and p[2][:2] == act[:2]]
        if not same:
            continue
        for member in _MEMBERS.split(partners):
            member = bare(member)
            if len(member) >= 3 and not any(member in bare(p[1]) for p in same):
                return [f"原文“{act}”是{lead}会同{same[0][1]}，不是会同{member}"]
    return []
