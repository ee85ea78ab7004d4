"""An absence said with its topic first and the article pointed at: "事故问责组由谁组成，这一条没有
规定" to "第十二条讲什么？".

The absence readings hold "第十二条没有规定事故问责组由谁组成" to the article; put the other way
round, with the article only pointed at (这一条, 本条, 该条), the sentence named no article and the
absence went unread. It is read here as that same claim: the pointer is the one article the
question names, and the topic is what is said to be missing.
"""
from __future__ import annotations

import re

from ..references import find_refs, format_ref

_SHAPE = re.compile(r"^(?P<topic>[^，,。；;]{3,30})[，,](?:(?:但|不过|可是)?(?:这一?条|本条|该条|这条规定|该条规定)"
                    r"(?:里|中|里面)?(?:并|也|都|根本)?(?:没有|没|未|并未)(?:规定|写|说|明确|提|讲)(?:清楚|明白|明)?)[。！!]?$")


def as_claim(sentence: str, question: str) -> str | None:
    """"第N条没有规定<topic>" for a sentence of that shape whose pointer is the one article the
    question names; None otherwise."""
    m = _SHAPE.match(sentence.strip())
    if m is None:
        return None
    asked = sorted({r.article for r in find_refs(question) if r.internal})
    if len(asked) != 1:
        return None
    return f"{format_ref(asked[0])}没有规定{m.group('topic')}。"
