"""Who does an act of approval or issuance: "先报分管副市长审核，再经监察机关审定" where the paper says
"经监察机关审核、报分管副市长审定"; "深圳市委颁布了《…暂行办法》" where it says "市政府颁布了《…》".
Every body of such a sentence is in the passage, and its words are the passage's, so the support
test passes it; but the passage names who does each act, and the sentence names another.

`agents.py` reads who leads (由X牵头); this reads the other markers Chinese gives an act's agent:
经X审核 (through X), 报X审定 (submitted to X), 由X批准, and, for a document issued, the body
before the verb whose object is the title (X颁布了《…》). The verbs are those two classes: acts
of review and approval (审核, 审定, 审批, 批准) and of issuing a document (颁布, 印发, 发布, 制定,
出台). An agent must end as a body or an office does (…委, …政府, …局, …机关, …市长); the
passage's agent holds where its clause shares the sentence's object (a run of four characters of
what the sentence says besides the agent), as in `agents.py`; agents agree when they share a
content bigram (市监察局 for 监察机关)."""
from __future__ import annotations

import re

from . import agents
from .agents import _shares_object
from .sources import squash

_REVIEW = "审核|审定|审批|批准"
_ISSUE = "颁布|印发|发布|制定|出台"
# 经 / 报 / 报请 / 报送 / 由 before the agent of an act of review
_MARKED = re.compile(rf"(?:经过?|报请?|报送|由)(?P<x>[^，,。；;：:经由]{{2,12}}?)(?:来|负责)?(?P<verb>{_REVIEW})")
# the body before the verb that issues a titled document
_ISSUER = re.compile(rf"(?P<x>[^，,。；;：:]{{2,20}}?)(?P<verb>{_ISSUE})了?《")
_HEAD = re.compile(r"(?:委|政府|局|厅|部|办|院|会|机关|部门|单位|长|书记|组|处|室|中心|人大)$")
_DATE = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[，,])?")
_ADVERB = re.compile(r"(?:率先|先后|正式|已经|已|曾经?|又|还|也|相继|首先|专门|联合|共同|于是|随后|先)+$")
_BEFORE = re.compile(r".*(?:是|为|由|说|指出|提到|介绍|称)")
_GENERIC = {"部门", "单位", "机关", "分管"}


def _acts(text: str) -> list[tuple[str, str, int, int]]:
    """(agent, verb, start, end) of each act of review or issuance the text names an agent for."""
    out = []
    for m in _MARKED.finditer(text):
        x = m.group("x")
        if _HEAD.search(x):
            out.append((x, m.group("verb"), m.start(), m.end()))
    for m in _ISSUER.finditer(text):
        x = _ADVERB.sub("", _DATE.sub("", _BEFORE.sub("", m.group("x"))))
        if len(x) >= 2 and _HEAD.search(x):
            out.append((x, m.group("verb"), m.start(), m.end()))
    return out


def _pairs(x: str) -> set[str]:
    return agents._pairs(x, _GENERIC)


def other_actor(sentence: str, text: str) -> list[str]:
    """The agents the sentence gives an act where the passage gives another for the same act of
    the same object ("分管副市长审核（原文：监察机关审核）"); [] when none."""
    acts = _acts(squash(sentence))
    if not acts:
        return []
    plain = squash(text)
    out = []
    for x, verb, a, b in acts:
        said = squash(sentence)
        if re.search(r"不|没|未|并非|而非", said[max(0, a - 3):a]):
            continue            # a denied agent is a correction's, read elsewhere
        rest = said[:a] + said[a:b].replace(x, "", 1).replace(verb, "", 1) + said[b:]
        theirs = []
        for clause in re.split(r"[。；;\n]", plain):
            for y, v, c, d in _acts(clause):
                if v == verb and _shares_object(rest, clause[:c] + clause[d:]):
                    theirs.append(y)
        if theirs and not any(_pairs(x) & _pairs(y) for y in theirs):
            out.append(f"{x}{verb}（原文：{'、'.join(dict.fromkeys(theirs))}{verb}）")
    return list(dict.fromkeys(out))
