"""A member joined to a term the passage gives alone, in a clause that otherwise restates it:
"不得同船载运旅客和其他车辆" where the passage says 不得同船载运旅客; "应当以电话或者书面形式告知"
where it says 应当书面告知.

A coordination (A和B, A或者B, A、B) widens what the passage says: a second thing forbidden, a
second way allowed. The support test counts the clause's character pairs and finds most of them,
and the added member is too short to stand out as a novel run. Here the clause is aligned with
the passage clause it restates most closely (as in `exchanged`); where the clause has, beyond it,
a stretch that a conjunction joins to the passage's words (after them: 和其他车辆; before them:
以电话或者) and the member that stretch names is nowhere in the passages, the member was added.
A member the passages do hold elsewhere (the clause joining two of its statements), or a
conjunction the passage's own sentence has (its members reordered or reworded), is left to the
other readings.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from .exchanged import MIN_CLAUSE, MIN_SHARE, _closest, restating
from .sources import bare

_CONJ = "以及|或者|和|及|或|与|、"
_AFTER = re.compile(rf"^(?:{_CONJ})(?P<member>.+)$")
_BEFORE = re.compile(rf"^(?P<member>.+?)(?:{_CONJ})$")
# a preposition the member may carry from the clause (以电话或者书面形式: 电话)
_PREP = re.compile(r"^(?:通过|采用|采取|以|用|经)")
_CONJ_ANY = re.compile(_CONJ)
# words that say at what level or in what respect the member is meant (区一级的: 区), no member of their own
_LEVEL = re.compile(r"(?:这一级|一级|层面|方面)?的?$")
MIN_MEMBER = 2
WHOLE = 0.9             # share of the passage clause found in order in the clause
HELD_TAIL = 4           # a tail this long of the member in the passages: the member is theirs


def added(sentence: str, text: str) -> list[str]:
    """The members `sentence` joins to the words of the passage clause it restates that `text`
    (the passages) nowhere has, as "X（原文没有）"; [] when none."""
    if not _CONJ_ANY.search(sentence):
        return []                       # (no coordination: nothing to read)
    plain = bare(text)
    out: list[str] = []
    for clause, (clauses, sentences), _ in restating(sentence, text, MIN_CLAUSE):
        if not _CONJ_ANY.search(clause):
            continue
        best = _closest(clause, clauses)
        if not best:
            continue
        own = next((bare(x) for x in re.split(r"[。；;\n]", text) if best in bare(x)), best)
        ops = SequenceMatcher(None, clause, best, autojunk=False).get_opcodes()
        matched = sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal")
        # (the clause restates the passage clause: most of it is that clause's, or all of that
        # clause is in it, the added words aside)
        if matched < MIN_SHARE * len(clause) and not (matched >= MIN_CLAUSE and matched >= WHOLE * len(best)):
            continue
        for k, (op, i1, i2, _, _) in enumerate(ops):
            if op != "delete":
                continue
            stretch = clause[i1:i2]
            prev = ops[k - 1] if k > 0 else None
            nxt = ops[k + 1] if k + 1 < len(ops) else None
            framed_before = prev is not None and prev[0] == "equal" and prev[2] - prev[1] >= 2
            framed_after = nxt is not None and nxt[0] == "equal" and nxt[2] - nxt[1] >= 2
            m = _AFTER.match(stretch) if framed_before and (nxt is None or nxt[0] == "equal") else None
            if m is None and framed_after and (prev is None or prev[0] == "equal"):
                m = _BEFORE.match(stretch)
            if m is None:
                continue
            conj = stretch[len(m.group("member")):] if m.re is _BEFORE else stretch[:m.start("member")]
            if conj in own:
                continue          # (the passage's own coordination, its members reordered: 未建或者宽度不足)
            member = _LEVEL.sub("", _PREP.sub("", m.group("member")))
            # (a member the passages hold after words of the draft's own, 覆盖领导班子成员、… where
            # they list 领导班子成员: the stretch opens the clause and carries its verb; merge fix)
            held = any(member[i:] in plain for i in range(len(member) - HELD_TAIL + 1))
            if len(member) >= MIN_MEMBER and not _CONJ_ANY.search(member) and not held:
                out.append(f"{member}（原文没有）")
    return out
