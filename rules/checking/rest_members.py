"""The rest of a set said by its count: "其中责令公开道歉属于重档，其余三种属于轻档" after a sentence naming
four measures. 其余三种 stands for the measures of the set before that the sentence has not yet
named; its count is of those, not of any list of the text. The count check read 三种 against the
text's list of the lighter measures (four) and flagged it. Read here: when every measure the sentence
names before 其余 is one of the set the sentences above named, and what is left of that set has
exactly the count said, 其余N种 is written as those members and the sentence judged as before. Any
other count, or a member named before that is not in the set, leaves the words as they were."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..references import cn_int

_REST = re.compile(r"(?:其余|其他|其它|剩下|余下|另外)(?:的)?(?P<n>[一二两三四五六七八九十\d]+)(?:种|项|个|类)(?:问责方式|方式|措施)?")


def written_out(sentence: str, members: list[str], measures_in: Callable[[str], list[str]]) -> str:
    """The sentence with 其余N种 written as the members of `members` (the set above) it leaves."""
    if len(members) < 2 or not any(w in sentence for w in ("其余", "其他", "其它", "剩下", "余下", "另外")):
        return sentence
    m = _REST.search(sentence)
    if m is None:
        return sentence
    named = measures_in(sentence[:m.start()])
    if not named or any(x not in members for x in named):
        return sentence
    left = [x for x in members if x not in named]
    n = int(m.group("n")) if m.group("n").isdigit() else cn_int(m.group("n"))
    if n != len(left):
        return sentence
    return sentence[:m.start()] + "、".join(left) + sentence[m.end():]
