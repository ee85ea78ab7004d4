"""A permission narrowed to one of its alternatives: "前两款规定的追究方式只能单独适用" where the text
says "可以单独适用，也可以合并适用". 只能 / 只可以 / 仅能 X says X is the one way allowed; a passage
the sentence is held to that allows X or another way (可以X，也可以Y / 可以X也可以Y / 既可以X，也可以Y)
contradicts it. The support test weighed the sentence whole (its words are all the text's) and the
modality test looks for a duty word, which the text has none of. A negated 只能 (不是只能, 并非只能)
denies the narrowing and is not read. Only fails."""
from __future__ import annotations

import re

from .claims import Verdict

_ONLY = re.compile(r"(?<![不非])(?:只能|只可以|只可|仅能|仅可以|仅可|只许)(?P<x>[^，,。；;：:！？、]{2,12})")
_EITHER = re.compile(r"(?:既)?可以?(?P<a>[^，,。；;：:也]{2,12}?)[，,]?\s*也可以?(?P<b>[^，,。；;：:]{2,12})")


def narrowed(sentence: str, passages: list[str]) -> list[Verdict]:
    if not re.search(r"只能|只可|仅能|仅可|只许", sentence):
        return []
    for m in _ONLY.finditer(sentence):
        if re.search(r"(?:不是|并非|而非|并不是)$", sentence[:m.start()]):
            continue
        x = m.group("x")
        for text in passages:
            for e in _EITHER.finditer(text):
                a, b = e.group("a").strip(), e.group("b").strip()
                if a != b and (x.startswith(a) or a.startswith(x)) and b not in sentence[:m.start()]:
                    return [Verdict(False, f"原文是“{e.group(0)}”：可以{a}，也可以{b}，不是只能{a}。")]
    return []
