"""One subject, two predicates set against each other: "诫勉谈话是那篇论文介绍《…》时提到的方式，不是这部
规定里的。" The sentence says S是A and S不是B, the second with its subject left unsaid. Judged whole,
neither claim's words carry enough of the other's passage, and it was flagged though each claim
alone is held.

The sentence is read as its two claims: the subject is the words before the first 是 (short, no
clause break in it), and the second clause begins with (而/并/但)不是 or 而非. S是A must be held; the
denial S不是B holds only when its assertion S是B is contradicted (a reading or the sources say
otherwise), never because its words were found: the support test reads no polarity, and
"责令辞职不是这部规定里的" would pass on the words of 第十条. A document named by a deictic (那篇论文, 这份报告) is that document (论文, 报告)
in the claims, as the sources name it.
"""
from __future__ import annotations

import re

from .sentences import Unit

_SPLIT = re.compile(r"^(?P<s>[^，,；;。是]{2,12})是(?P<a>[^，,；;。]{2,60}?)(?:[，,]\s*(?:而|并|但)?|而)(?:不是|并非|而非)(?P<b>[^，,；;。]{2,30})[。！!]?$")
_DEIXIS = re.compile(r"(?:那|这)(?:篇|份)(?=论文|文章|报告)")


def claims(u: Unit) -> tuple[str, str] | None:
    """The claim S是A。 and the assertion S是B。 the sentence denies, or None when the unit is no
    such sentence."""
    if u.kind not in ("sentence", "item") or "不是" not in u.text and "非" not in u.text:
        return None
    m = _SPLIT.match(u.text.strip())
    if m is None:
        return None
    s = m.group("s")
    return _DEIXIS.sub("", f"{s}是{m.group('a')}。"), _DEIXIS.sub("", f"{s}是{m.group('b')}。")
