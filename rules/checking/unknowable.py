"""A conclusion that something cannot be told from the sources, drawn from an absence: "论文没有署名，
也没有写发表日期，所以作者和发表时间都没法从资料中确定". Saying X cannot be determined from the
sources says no more than that they do not state X; the clause is read as that absence (也没有写X),
in the scope of the absence before it, and judged by the absence and front-matter readers like any
other: "报告没有署名，所以发表时间没法确定" fails, since the report's front matter has its date.
Only a clause after a word of consequence (所以, 因此) that follows an absence is read so."""
from __future__ import annotations

import re

from .absence import ABSENT

_UNKNOWABLE = re.compile(r"(?:所以|因此|因而|故而|从而)(?P<things>[^，,。；;]{2,20}?)(?:都|也|均)?"
                         r"(?:没法|无法|不能|没办法|难以|不好)(?:从(?:资料|来源|材料|原文|文本|条文|正文|现有(?:资料|材料|文本))(?:中|里)?)?"
                         r"(?:确定|得知|知道|判断|查到|查明|确认|核实)(?P<end>[。]?$)")


def as_absence(sentence: str) -> str:
    """The sentence with such a conclusion written as the absence it rests on (也没有写X)."""
    m = _UNKNOWABLE.search(sentence) or _UNANSWERABLE.search(sentence)
    if m is None or not ABSENT.search(sentence[:m.start()]):
        return sentence
    return sentence[:m.start()] + "也没有写" + m.group("things") + m.group("end")


# (r10alarmB) the verb before what cannot be told: "因此无法回答2016年的目标", "所以列不出具体情节"
_UNANSWERABLE = re.compile(r"(?:所以|因此|因而|故而|从而)(?:也|都)?(?:没法|无法|不能|没办法|难以)(?:从(?:资料|来源|材料|原文|文本|条文|正文)(?:中|里)?)?"
                           r"(?:回答|确定|得知|知道|判断|查明|确认|列出|说明|给出)(?P<things>[^，,。；;]{2,20}?)(?P<end>[。]?$)")
