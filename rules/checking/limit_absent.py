"""A time limit said to be absent, verified: "条文没有规定成立事故问责组的时限", and, to "事故问责组
必须在几小时内成立？", "条文没有给出小时数".

`time_limits.denied_limit` refutes such a denial where a clause of the text gives the act a span
(24小时内召开现场会); nothing verified it, so a true denial stayed unsupported. Here the sentence
must be only the denial (a scope word such as 条文 or an article, 没有规定/给出, the act, the kind
of figure: 时限, 期限, 小时数, 多长时间…). The act is the sentence's own (成立事故问责组), else, when
the sentence names none, the one the question asks the limit of (its words without 必须在几小时内).
The denial holds when some clause of the text names the act (its last two characters and a run of
four of its characters, as `time_limits` reads it) and no clause that names it gives it a span of
time; a text that does not name the act at all leaves the sentence undecided (unsupported).
"""
from __future__ import annotations

import re

from .sources import bare

_KIND = r"时限|期限|时间要求|时间限制|时间上的?(?:要求|限制)|多长时间|多久|小时数|天数|日数|具体时间|几个?小时|几天"
_DENIAL = re.compile(r"^(?:现有的?)?(?:条文|本规定|规定|原文|该条|这一?条|第[零一二两三四五六七八九十百]+条)?(?:里|中)?(?:也|都|并)?"
                     r"(?:没有|没|未|并未)(?:规定|给出|写明|写|设定|明确|提到|提及|说明)?(?:具体|明确|确切)?的?"
                     rf"(?P<what>[^，,。；;]*?)的?(?P<kind>{_KIND})[。；;]?$")
_ASKING = re.compile(r"(?:必须|应当|应该|需要|要|得|须)?(?:在)?(?:几|多少|多长)个?(?:小时|天|日|时间)(?:内|以内|之内)?|多久|什么时候|[？?吗呢]")


def denial(sentence: str, question: str) -> str | None:
    """The act a sentence that is only such a denial says has no time limit, or None."""
    m = _DENIAL.match(sentence.strip())
    if m is None:
        return None
    what = bare(re.sub(r"任何|具体|详细|确切|明确|相关|有关", "", m.group("what")))
    if len(what) >= 3:
        return what
    if what:
        return None
    asked = bare(_ASKING.sub("", question))
    return asked if len(asked) >= 4 and _ASKING.search(question) else None


def absent(act: str, texts: list[str], span_of) -> bool | None:
    """True when a clause of the texts names the act and none that does gives it a span (`span_of`
    is `time_limits._present`); None when no clause names it."""
    run, verb = 4, act[-2:]
    named = any(verb in bare(c) and any(act[i:i + run] in bare(c) for i in range(len(act) - run + 1))
                for t in texts for c in re.split(r"[。；;\n]", t))
    if not named:
        return None
    return span_of(act, run, verb, texts) is None
