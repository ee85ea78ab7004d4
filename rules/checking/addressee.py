"""Whom a report or notice is addressed to: "发现不合格充电设备的，应当通报所在地街道办事处" where the
passage says "…应当通报同级应急管理部门" (and names 街道办事处 elsewhere, for another duty).

A verb of addressing (通报, 报告, 通知, 告知, 报送, 抄送, 移送…) takes the body it is addressed to
as its object. A draft that keeps the clause word for word and puts another body after the verb
keeps nearly every character of the passage, and a body named anywhere in the passage passes the
checks that look for a body's words (`recipients` reads the handing-over verbs, and only asks that
the recipient's words be somewhere in the passage). Read here: for each verb + body of the
sentence (the object ends in a body's head: 部门, 局, 办事处, 机关…), the bodies the passage
addresses with the same verb; when it addresses some and none shares a content pair with the
sentence's, the sentence's body is not the one the passage names. A verb the passage does not use
with a body, a negated verb (不是通报X), or an object that is no body leaves the sentence to the
other readings; this only ever turns a verified sentence into an unsupported one.
"""
from __future__ import annotations

import re

from .sources import bare, squash

_VERBS = "通报|报告|通知|告知|报送|抄送|移送|移交|报请|呈报|上报"
_HEAD = r"(?:人民政府|政府|部门|机关|机构|局|委员会|委|办事处|办公室|办|中心|单位|组织|镇街|街道)"
# the verb (not a noun's part: 评估报告, 通报批评), an optional 给/至/到, then the body up to its head
_OBJECT = re.compile(rf"({_VERBS})(?:给|至|到)?(?![给至到由向对把将被])([\u4e00-\u9fff、]{{2,24}}?{_HEAD})")
# the body a verb is addressed to before it: 向法制部门报告, 向市民政局申请
_FRONTED = re.compile(rf"向([\u4e00-\u9fff、]{{2,24}}?{_HEAD})[^，,。；;]{{0,8}}?({_VERBS})")
_PARTS = re.compile(r"或者|或|和|及|以及|与|、")
_NEGATED = re.compile(r"(?:不|非|不是|并非|而非|没有|未|无须|不必|不用)$")
_FILLER = set("的了是在和与及也都就而则所其这那个些被把将应当须要")


def _pairs(name: str) -> set[str]:
    b = bare(name)
    return {b[i:i + 2] for i in range(len(b) - 1) if not set(b[i:i + 2]) <= _FILLER}


def _objects(text: str) -> list[tuple[str, str, int]]:
    """(verb, body, start) for each verb of addressing followed by a body."""
    return [(m.group(1), m.group(2), m.start()) for m in _OBJECT.finditer(text)]


def _near(body: str, verb: str, plain: str) -> bool:
    """The body stands in the passage a few characters from the verb (either side)."""
    return any(abs(m.start() - k.start()) <= 14 for m in re.finditer(re.escape(body), plain)
               for k in re.finditer(verb, plain))


def problems(sentence: str, text: str) -> list[str]:
    """The bodies the sentence addresses with a verb that the passage, addressing with the same
    verb, never names there."""
    said = squash(sentence)
    if not re.search(_VERBS, said):
        return []
    plain = squash(text)
    theirs: dict[str, list[str]] = {}
    for verb, body, _ in _objects(plain):
        theirs.setdefault(verb, []).extend(p for p in _PARTS.split(body) if len(p) >= 2)
    for m in _FRONTED.finditer(plain):
        theirs.setdefault(m.group(2), []).extend(p for p in _PARTS.split(m.group(1)) if len(p) >= 2)
    if not theirs:
        return []
    out = []
    for verb, body, start in _objects(said):
        if verb not in theirs or _NEGATED.search(said[max(0, start - 3):start]):
            continue
        own = [p for p in _PARTS.split(body) if len(p) >= 2]
        known = set().union(*(_pairs(p) for p in theirs[verb]))
        for p in own:
            if any(bare(p) in bare(q) for q in theirs[verb]) or _near(p, verb, plain):
                continue
            if not (_pairs(p) & known):
                out.append(p)
    return out


def may_concern(sentence: str) -> bool:
    return bool(re.search(_VERBS, sentence))
