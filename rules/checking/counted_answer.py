"""A count and its list given alone as the answer to a 哪些 question: "三部：《A》、《B》和《C》。" to
"第七条引了哪些外部文件" (branch `r28alarm`).

The answer leaves its subject, its verb and the noun it counts to the question: judged alone, "三部"
says nothing a passage holds, and the sentence was flagged. It is the question's sentence with its
哪些 slot filled by the count and what it counts: "第七条引了三部外部文件：《A》、《B》和《C》", a
sentence judged like any other (the count held to the titles or terms listed, each listed thing to
the question's article). Only a count of documents (部, 份, 件: their titles are counted exactly;
a count of kinds, 四种：…, composed with the question's words was let through wrongly) with a colon, the list after it, answering
a question with one 哪些 / 哪几 slot, is read; the composed sentence must hold on its own, so a
wrong count or a wrong member is caught as it is when said in full.
"""
from __future__ import annotations

import re

_COUNT = re.compile(r"^(?:答[：:])?(?:一共|共|总共)?(?:有)?(?P<n>[一二两三四五六七八九十\d]+)"
                    r"(?P<cls>部|份|件)[：:](?P<rest>.+)$")
_SLOT = re.compile(r"哪些|哪几(?:部|份|个|项|种|类|条|件|位|名)?")
_ASKS = re.compile(r"什么|哪|谁|多久|多少|几|怎么|怎样|如何")


def composed(sentence: str, question: str) -> str | None:
    """The question with its 哪些 slot filled by the answer's count, the list after a colon; None
    when the sentence is no such count or the question has no one such slot."""
    m = _COUNT.match(sentence.strip())
    if m is None or not question:
        return None
    q = re.sub(r"[？?。！!\s]+$", "", question.strip())
    q = re.split(r"[，,]", q)[0]
    slots = list(_SLOT.finditer(q))
    if len(slots) != 1 or len(_ASKS.findall(q)) != 1:
        return None
    s = slots[0]
    noun = q[s.end():]
    if not noun or len(noun) > 8:
        return None
    return q[:s.start()] + m.group("n") + m.group("cls") + noun + "：" + m.group("rest")
