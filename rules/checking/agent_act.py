"""What a body is said to do, given with 由: "发生重大公共安全责任事故的，由市委、市政府组织调查" where the
article that names 市委、市政府 for that accident has them convene a meeting and decide, and says
nothing of who organizes the investigation (branch r20miss).

"由X + act" says X does the act. Every body and the severity are in the article, and the act is
short (组织调查: four characters), under the length at which a stretch of new words counts against
the coverage test, so the sentence passed. Read: a clause "由X…" whose X is only bodies (市委,
区政府, 纪检监察机关…; joined by 、 和 及 与, a bracketed gloss allowed), the act the rest of the
clause after X (an adverb of manner such as 负责 / 来 / 统一 set aside). The sentences of all the
candidate passages (第四条 may name the body and 第二十四条 its act) that name one of X's bodies
are where X acts (a body the vocabulary lacks is read by the kind of word
it ends in: 部门, 局, 人民政府…); when the act has two character pairs or more and none of
them is in those sentences, the passage does not give X that act. A passage that names none of the
bodies is left to the readers of bodies (missing_terms)."""
from __future__ import annotations

import re

from .claims import _BODIES
from .pointer import without_bracketed
from .sources import bare, bigrams

_BY = re.compile(r"由")
_JOIN = re.compile(r"^(?:[、和与及]|以及|或者|或)")
# a body by the kind of word it ends in, for a regulation whose bodies the vocabulary lacks
# (区城管部门, 街道办事处, 市人民政府): the shortest run that ends so
_UNIT = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:人民政府|政府|局|厅|委员会|办公室|部门|机关|办事处)")
_GLOSS = re.compile(r"[（(][^）)]{1,12}[）)]")
# an adverb of manner, a modal, or a time the act is done within (在24小时内) is no part of the act
_MANNER = re.compile(r"^(?:来|负责|统一|直接|依法|共同|联合|分别|应当|应|要|须|必须|立即|及时|"
                     r"(?:在|于)[^，,。；;]{1,14}?(?:以内|之内|内|之前|以前|前|之后|以后|后)|"
                     # (wmiss11) the authority it acts within: 按照干部管理权限作出问责决定 acts 作出问责决定
                     r"(?:按照?|依照?|根据)[^，,。；;]{1,10}?(?:权限|职责|分工))+")


def _by_bodies(sentence: str) -> list[tuple[list[str], str]]:
    """(the bodies X, the act) of each "由X act" clause whose X is bodies only, and of each clause
    that opens with bodies only and 负责 (wmiss11: "组织人事部门负责作出问责决定" says the same as
    "由组织人事部门作出问责决定")."""
    out = []
    for clause in re.split(r"[，,。；;！!？?\n]", sentence):
        starts = [m.end() for m in _BY.finditer(clause)]
        if clause.strip() and (led := _led(clause.strip())) is not None:
            out.append(led)
        for start in starts:
            pos, found, joined = start, [], False
            while True:
                b = _BODIES.match(clause, pos) or _UNIT.match(clause, pos)
                if b is None:
                    break                # (after a join: 由纪检监察机关以及有关部门, X is not bodies only)
                found.append(b.group(0))
                pos = b.end()
                g = _GLOSS.match(clause, pos)
                pos = g.end() if g else pos
                j = _JOIN.match(clause[pos:])
                joined = j is not None
                if not joined:
                    break
                pos += j.end()
            if not found or joined:
                continue
            # (a bracketed citation after X, 由X负责（第六条第（一）项）, names where it is written,
            # no act of X's: branch galarm4)
            act = _MANNER.sub("", without_bracketed(clause[pos:]).strip())
            if act:
                out.append((found, act))
    return out


def _led(clause: str) -> tuple[list[str], str] | None:
    """(the bodies, the act) of a clause that opens with bodies only followed by 负责, or None."""
    pos, found = 0, []
    while True:
        b = _BODIES.match(clause, pos) or _UNIT.match(clause, pos)
        if b is None:
            return None
        found.append(b.group(0))
        pos = b.end()
        g = _GLOSS.match(clause, pos)
        pos = g.end() if g else pos
        j = _JOIN.match(clause[pos:])
        if j is None:
            break
        pos += j.end()
    if not clause.startswith("负责", pos):
        return None
    act = _MANNER.sub("", without_bracketed(clause[pos:]).strip())
    return (found, act) if act else None


def act_missing(sentence: str, text: str) -> list[str]:
    """"X act" for each act the passage does not give X, else []."""
    if "由" not in sentence and "负责" not in sentence:
        return []
    out = []
    spans = [c for c in re.split(r"[。；;\n]", text) if c.strip()]
    for found, act in _by_bodies(sentence):
        mine = bigrams(bare(re.sub(r"《[^》]*》", "", act)))
        if len(mine) < 2:
            continue
        where = [c for c in spans if any(b in c for b in found)]
        if not where:
            continue
        # (r21miss) the act said of the body: one sentence naming it has the act's verb (its first
        # pair) or half its pairs; a single pair in common (收运 of 收运单位 for 吊销其收运许可) is not it
        plain = bare(re.sub(r"《[^》]*》", "", act))
        verb = plain[:2]
        if not any(verb in bare(c) or len(mine & bigrams(bare(c))) * 2 >= len(mine) for c in where):
            out.append(f"由{'、'.join(found)}{act}")
    return out
