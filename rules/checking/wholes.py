"""A whole denied where the passage gives a part: "没有全部完成：118项民生实事完成了116项" where the
report says "118项民生实事完成116项". The denial (没有全部完成) was read as a contradiction of the
passage, which does say 全部完成 — of another count (6700件民生微实事全部完成). The inverse of
`support.overstated`: a 没有/未/并非 before 全部/都 + a verb is true of a counted whole the
sentence names when the passage gives that whole with a smaller part done; said of a whole the
passage says is all done, it stays a contradiction."""
from __future__ import annotations

import re

from .sources import squash

_DENIED_ALL = re.compile(r"(?:没有|没|未|并未|并非|不是)(?:全部|全都|都)(?P<verb>[\u4e00-\u9fff]{2})")
_WHOLE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)([项件个家所条名人])")


def part_done(sentence: str, start: int, text: str) -> bool:
    """True when the denial at `start` ("没有全部完成") is of a whole the sentence counts (118项)
    that the passage gives with a smaller part done (118项…完成116项)."""
    m = _DENIED_ALL.match(sentence, start)
    if m is None:
        return False
    verb, plain = m.group("verb"), squash(text)
    for n, unit in _WHOLE.findall(sentence):
        for pm in re.finditer(rf"(?<![\d.]){re.escape(n)}{unit}[^，,。；;]{{0,16}}?{re.escape(verb)}(\d+(?:\.\d+)?){unit}", plain):
            if float(pm.group(1)) < float(n):
                return True
    return False


_NOT_BUT = re.compile(r"(?:不是|并非|而非)(?P<x>[^，,。；;]{2,12}?)[，,]?(?:而是|是)(?=[^，,。；;]{2})")


def denied_elsewhere(sentence: str, bodies_of, text: str) -> str:
    """"不是市纪委，而是市监察局牵头": the sentence without the body it denies, when that body is
    nowhere in the passage (so the passage cannot make it the one that acts) and the correction
    names another. What the correction claims is still held to the passage; a denied body the
    passage does name is left in, to be judged as before."""
    plain = squash(text)
    for m in _NOT_BUT.finditer(sentence):
        denied = [b for b in bodies_of(m.group("x")) if squash(b) not in plain]
        if denied and len(denied) == len(bodies_of(m.group("x"))):
            return sentence[:m.start()] + sentence[m.end("x"):]
    for m in _BUT_NOT.finditer(sentence):
        # the correction the other way round: "是区委（党工委）和区政府（管委会），不是市委市政府"
        denied = [b for b in bodies_of(m.group("x")) if squash(b) not in plain]
        if denied and len(denied) == len(bodies_of(m.group("x"))) and bodies_of(sentence[:m.start()]):
            return sentence[:m.start()] + sentence[m.end("x"):]
    return sentence


# Y，不是X / Y，而不是X / Y，并非X: X a run ending its clause, after a clause that names a body
_BUT_NOT = re.compile(r"[，,]\s*(?:而)?(?:并?不是|并非|而非)(?:由)?(?P<x>[^，,。；;：:]{2,12}?)(?=[，,。；;：:]|$)")
