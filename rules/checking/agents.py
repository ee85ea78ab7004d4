"""Who leads: "行政监督联席会议由市政府法制办牵头" where the paper says "建立了由市监察局牵头，
人事、财政、审计、法制及政务督查部门参加的行政监督联席会议制度". Every body of the sentence is in
the passage (法制 is one of the participants), so the support test passes it; but the passage
gives an agent for the relation verb (由Y牵头 / 负责 / 组织 / 主持), and the sentence gives another
for the same verb and the same object. A participant (参加的) is not the leader.

The sentence's agent is read as 由X + verb, and for 牵头 also as "X牵头" (the last body-like run
before it in its clause) and "牵头单位是X". The passage's agent holds only where the passage
clause that gives it shares the sentence's object (a run of four characters of what the sentence
says besides the agent). The agents agree when they share a content bigram (监察部门 for 市监察局),
an adverb after the agent (由市民政局直接组织) not counted, and not when each opens on another
level of government (区民政部门 for 市民政局: the same department one level down is another body)."""
from __future__ import annotations

import re

from .sources import bare, squash

_VERBS = "牵头|负责|组织|主持"
# (负责人 is a person, not the verb 负责: 由主要负责人或者分管负责人牵头 is led by both)
_BY = re.compile(r"由(?P<x>[^，,。；;：:由]{2,16}?)(?:来|负责)?(?P<verb>" + _VERBS + r")(?!人)")
_LEADS = re.compile(r"(?P<x>[^，,。；;：:]{2,16}?)(?:来|负责)?(?P<verb>牵头)(?!单位|部门|机关|方|者|人)")
_LEADER_IS = re.compile(r"(?P<verb>牵头)(?:的|单位|部门|机关|方|者|人)*(?:是|为)(?P<x>[^，,。；;：:]{2,16})")
# words before an agent in its clause that are not the agent ("联席会议是…", "实际上由…")
_BEFORE = re.compile(r".*(?:是|为|归|由|让|交给|交由|请)")
_GENERIC = {"部门", "单位", "机关", "门参", "主要"}


def _agents(sentence: str) -> list[tuple[str, str, int, int]]:
    """(agent, verb, start, end) of each relation the sentence gives an agent for."""
    out = []
    for m in _BY.finditer(sentence):
        out.append((m.group("x"), m.group("verb"), m.start(), m.end()))
    for m in _LEADS.finditer(sentence):
        if any(a <= m.start("verb") < b for *_, a, b in out) or re.search(r"由", m.group("x")):
            continue
        x = _BEFORE.sub("", m.group("x"))
        if len(x) >= 2:
            out.append((x, m.group("verb"), m.start(), m.end()))
    for m in _LEADER_IS.finditer(sentence):
        out.append((re.split(r"[的，,]", m.group("x"))[0], m.group("verb"), m.start(), m.end()))
    return out


def _pairs(x: str, generic: set[str] = _GENERIC) -> set[str]:
    """The character pairs of an agent's name, less those that name no one in particular."""
    b = bare(x)
    return {b[i:i + 2] for i in range(len(b) - 1)} - generic


# an adverb between the agent and its verb (由市民政局直接组织调查) is no part of who acts
_ADVERB = re.compile(r"(?:直接|统一|具体|共同|依法|另行|分别|先行)+$")
# the level of government an agent's name opens on (市民政局, 区民政部门, 县政府, 镇街)
_LEVEL = re.compile(r"^(?:本)?([省市区县镇乡])")


def _agree(x: str, y: str) -> bool:
    """Whether two agents name the same body: a shared content pair, and not two levels."""
    x, y = _ADVERB.sub("", bare(x)), _ADVERB.sub("", bare(y))
    lx, ly = _LEVEL.match(x), _LEVEL.match(y)
    if lx and ly and lx.group(1) != ly.group(1):
        return False
    return bool(_pairs(x) & _pairs(y))


def _shares_object(rest: str, clause: str, n: int = 4) -> bool:
    rest, clause = bare(rest), bare(clause)
    return any(rest[i:i + n] in clause for i in range(len(rest) - n + 1))


def other_agent(sentence: str, text: str) -> list[str]:
    """The agents the sentence gives where the passage gives another for the same verb and object
    ("市政府法制办牵头（原文：由市监察局牵头）"); [] when none."""
    plain = squash(text)
    out = []
    for x, verb, a, b in _agents(sentence):
        if re.search(r"不|没|未|并非|而非", sentence[max(0, a - 3):a]):
            continue            # a denied agent is a correction's, read elsewhere
        rest = sentence[:a] + sentence[a:b].replace(x, "", 1).replace(verb, "", 1) + sentence[b:]
        theirs = []
        for clause in re.split(r"[。；;\n]", plain):
            for m in re.finditer(r"由(?P<y>[^，,。；;：:由]{2,16}?)(?:来|负责)?" + verb, clause):
                if _shares_object(rest, clause[:m.start()] + clause[m.end():]):
                    theirs.append(m.group("y"))
        if theirs and not any(_agree(x, y) for y in theirs):
            out.append(f"{x}{verb}（原文：由{'、'.join(dict.fromkeys(theirs))}{verb}）")
    return list(dict.fromkeys(out))
