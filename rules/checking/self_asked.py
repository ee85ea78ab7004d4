"""A question the draft asks itself, answered on the next line: "问：第十四条针对哪类事故？" /
"答：较大公共安全责任事故。"

The question names an article and a thing asked for (哪类事故); alone it was judged as a claim
and found nowhere. Read with its answer it says one thing: the answer put in the place of the
question word ("第十四条针对较大公共安全责任事故"). That claim is judged like any sentence; the
question is framing only when that claim holds, and stays a claim to judge otherwise. A question
with no question word of this kind (…吗？) is left as before.
"""
from __future__ import annotations

import re

_ASKED = re.compile(r"^问[：:]\s*(?P<q>.+?)[？?]\s*$")
_ANSWER = re.compile(r"^\s*答[：:]\s*(?P<a>.+?)[。！!]?\s*$")
# the question word and the noun after it (哪类事故, 哪些方式, 什么, 谁)
_WH = re.compile(r"(?:哪[一两几]?(?:类|种|个|些|项|级|条|款|家)?|什么样?的?|谁)(?P<noun>[\u4e00-\u9fff]{0,4})")


def claim(question_line: str, next_line: str) -> str | None:
    """The claim a self-asked question and its answer make together, or None."""
    q, a = _ASKED.match(question_line.strip()), _ANSWER.match(next_line)
    if q is None or a is None:
        return None
    answer = a.group("a").strip()
    wh = list(_WH.finditer(q.group("q")))
    if len(wh) != 1 or not answer:
        return None
    m = wh[0]
    noun = m.group("noun")
    # the noun after the question word goes when the answer ends with it (哪类事故 → 较大…事故)
    keep = "" if noun and answer.endswith(noun) else noun
    return q.group("q")[:m.start()] + answer + keep + q.group("q")[m.end():]
