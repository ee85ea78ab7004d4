"""Who does an act, exchanged: "由市城管局依照管理权限给予处分" where the passage says "由任免机关或者
监察机关依照管理权限给予处分" (and names 市城管局 elsewhere, for another act).

The passive agent construction 由X + act names who does the act. A draft that keeps the act word
for word and puts another body before it keeps nearly every character of the passage, and every
body it names is somewhere in the passage, so the support test holds it. Read here: for each
由X + act clause of the sentence, the passage's 由Y + act clauses with the same act (a run of at
least four characters right after the agent in both); when there are such clauses and no Y shares
a content pair with X, X is not who the passage says does it. `agents.py` reads the same for the
relation verbs (牵头, 负责…); this reads any act. A sentence that denies the agent (不是由X) is
not read; a passage with no 由 clause for the act leaves the sentence to the other readings.
"""
from __future__ import annotations

import re

from .sources import bare, squash

_CLAUSE = re.compile(r"由([^，,。；;：:由]{4,40})")
_BODYISH = re.compile(r"(?:机关|部门|局|政府|委员会|机构|单位|中心|办公室|办事处|委|办|组|院|所)$")
# (g21miss) the pairs every body of a kind has: 乡镇人民政府 and 区人民政府 share 人民政府 and are two
# bodies; a level or a field (乡镇, 区, 自然资源) tells them apart
_GENERIC = re.compile(r"人民政府|政府|委员会|部门|机关|办公室|办事处|主管")
_JOIN = re.compile(r"或者|或|和|及|以及|与|、|会同|负责")
_MIN_ACT = 4


def _pairs(name: str) -> set[str]:
    parts = [p for p in _JOIN.split(bare(name)) if p]
    return {p[i:i + 2] for p in parts for i in range(len(p) - 1)}


def _sub(a: str, b: str) -> bool:
    it = iter(b)
    return all(ch in it for ch in a)


def _same(who: str, agent: str) -> bool:
    """Whether a body of `who` is a body of `agent`: one name a short form of the other (区政府 for
    区人民政府), or the two sharing a pair of the words that tell bodies apart (not 人民政府 alone)."""
    mine = [p for p in _JOIN.split(bare(who)) if p]
    theirs = [p for p in _JOIN.split(bare(agent)) if p]
    own = lambda x: {g for part in _GENERIC.split(x) for g in (part[i:i + 2] for i in range(len(part) - 1))}
    return any(_sub(a, b) or _sub(b, a) or own(a) & own(b) for a in mine for b in theirs)


def _split(rest: str, act: str) -> str | None:
    """The agent before `act` in a 由 clause's rest, when it looks like a body."""
    i = rest.find(act)
    if i < 2:
        return None
    who = rest[:i]
    return who if _BODYISH.search(who) else None


def swapped(sentence: str, text: str) -> list[str]:
    if "由" not in sentence or "由" not in text:
        return []
    theirs = [m.group(1) for m in _CLAUSE.finditer(squash(text))]
    if not theirs:
        return []
    out = []
    said = squash(sentence)
    for m in _CLAUSE.finditer(said):
        if re.search(r"(?:不|非|不是|并非|而非|谁)$", said[max(0, m.start() - 3):m.start()]):
            continue
        mine = m.group(1)
        for i in range(2, len(mine) - _MIN_ACT + 1):
            who = mine[:i]
            if not _BODYISH.search(who):
                continue
            act = mine[i:i + _MIN_ACT]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", act) or act[0] in "和及与或并会":
                continue                       # the agent goes on (区委（党工委）和区政府…)
            agents = [a for r in theirs if (a := _split(r, act)) is not None]
            if not agents:
                # (g21miss) the act reworded (直接作出处分决定 for 按照管理权限作出决定): the agent of
                # the text's 由 clause after the same case (给予处分的，由…) is who does it
                case = _case(said[:m.start()])
                agents = [a for c, a in _cased(squash(text)) if case and c == case]
                if not agents:
                    continue
                who = _agent(mine) or who
            if not any(_same(who, a) for a in agents):
                out.append(who)
            break
    return out


_CASE = re.compile(r"([\u4e00-\u9fff]{3}的)[，,]?(?:也|则|就|均|都|亦|还)*$")


def _case(before: str) -> str | None:
    """The last words of the case a 由 clause follows (给予处分的，由…: 予处分的)."""
    m = _CASE.search(before)
    return m.group(1) if m else None


def _agent(rest: str) -> str | None:
    """The body a 由 clause's rest opens with: its longest run of body names joined by 或者 / 和 / 、."""
    best = None
    for i in range(2, min(len(rest), 30) + 1):
        if _BODYISH.search(rest[:i]) and not re.match(r"[和及与或、]|会同", rest[i:]):
            best = rest[:i]
    return best


def _cased(text: str) -> list[tuple[str, str]]:
    """(the case, the agent) of each 由 clause of the text that follows a case."""
    out = []
    for m in _CLAUSE.finditer(text):
        case, who = _case(text[:m.start()]), _agent(m.group(1))
        if case and who:
            out.append((case, who))
    return out

