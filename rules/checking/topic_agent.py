"""Who does an act, said with the act as topic: "约谈由所在地街道办事处负责" where the text says "由区
应急管理部门约谈其主要负责人" (and names 所在地街道办事处 elsewhere, for a report).

Chinese puts an act first and its doer after 由 (A由X负责 / 承担 / 实施 / 进行 / 作出). The sentence
shares few character pairs with the clause it restates (the act, 由, the body), so the support test
finds it wherever the body is named, here another article. Read here: for A由X + a verb of doing,
the document's own doers of A: each 由Y right before A (由Y约谈), each A由Y负责 of its text and each
later 由Z + a verb of doing in that sentence (an excepted case's doer, the act left unsaid); when
it names some and none shares a content pair with X, X is not who the text says does A. A denied
agent (不是由X), an act the text gives no doer, or a doer that is no body leaves the sentence to
the other readings; this only ever turns a verified sentence into an unsupported one.
"""
from __future__ import annotations

import re
from typing import Iterable

from .sources import squash

_BODYISH = re.compile(r"(?:机关|部门|局|政府|委员会|机构|单位|中心|办公室|办事处|委|办|组|院|所|镇街)$")
_DOING = r"(?:负责|承担|实施|进行|组织实施|组织|作出|办理|执行|决定)"
# (heldmiss2) the topic may stand apart from its doer by a comma (撤销…核准，由市城管局决定) and be
# joined to the sentence before by 也 (撤销也由X决定)
_TOPIC = re.compile(rf"(?:^|[，,。；;：:])([\u4e00-\u9fff]{{2,10}}?)(?:工作)?[，,]?(?:也|应当|则|都|均|统一|一律)?由"
                    rf"([\u4e00-\u9fff]{{2,16}}?){_DOING}")
_AGENT = re.compile(r"由([\u4e00-\u9fff]{2,16}?)(?=[\u4e00-\u9fff])")
_FILLER = set("的了是在和与及也都就而则所其这那个些被把将应当须要")


def _pairs(name: str) -> set[str]:
    return {name[i:i + 2] for i in range(len(name) - 1) if not set(name[i:i + 2]) <= _FILLER}


def _doers(act: str, texts: Iterable[str]) -> list[str]:
    """The bodies the texts say do `act`: 由Y + act, and act…由Y + a verb of doing."""
    out = []
    for text in texts:
        plain = squash(text)
        if act not in plain:
            continue
        for m in re.finditer("由", plain):
            rest = plain[m.end():m.end() + 24]
            i = rest.find(act)
            if 2 <= i <= 16 and _BODYISH.search(rest[:i]) and re.fullmatch(r"[\u4e00-\u9fff]+", rest[:i]):
                out.append(rest[:i])
        for m in _TOPIC.finditer(plain):
            # (heldmiss2) the act as the topic's verb with its object after it (撤销渣土运输核准 for a
            # sentence's 撤销, its object said the sentence before)
            if (m.group(1).endswith(act) or m.group(1).startswith(act)) and _BODYISH.search(m.group(2)):
                out.append(m.group(2))
                # "处理决定由X作出；…的，由Y作出": a later 由Y + the same verb in the sentence, the act
                # left unsaid, names the doer of a case the sentence excepts
                rest = plain[m.end():].split("。")[0]
                out += [n.group(1) for n in re.finditer(rf"由([\u4e00-\u9fff]{{2,16}}?){_DOING}", rest)
                        if _BODYISH.search(n.group(1))]
    return out


def problems(sentence: str, texts: Iterable[str]) -> list[str]:
    said = squash(sentence)
    texts = list(texts)
    for m in _TOPIC.finditer(said):
        topic, who = m.group(1), m.group(2)
        if not _BODYISH.search(who) or re.search(r"(?:不|非|不是|并非|而非)$", said[:m.start(2) - 1]):
            continue
        # the act: the topic's last four or three characters, or a short topic whole (约谈; a
        # two-character tail of a longer topic, 决定 of 追究决定, is too loose to be its act)
        for act in dict.fromkeys([topic] if len(topic) <= 4 else [topic[-4:], topic[-3:]]):
            doers = _doers(act, texts)
            if doers:
                if not any(_pairs(who) & _pairs(d) for d in doers):
                    return [f"原文由{'、'.join(dict.fromkeys(doers))}{act}，不是{who}"]
                break
    return []


def may_concern(sentence: str) -> bool:
    return "由" in sentence
