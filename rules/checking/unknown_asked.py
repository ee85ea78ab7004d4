"""A question embedded under "cannot tell": "所以无法从这里知道哪些情形可以不予问责". What follows the
knowing verb is an indirect question (哪些…, 是否…, 有没有…): it asks, it does not say that the
article provides it, so its modal (可以) is no permission the sentence claims. Readers that hold a
sentence's modality to the text (restatement.weakened) read the sentence without it. A permission
said outright ("第十八条规定…可以不予问责") keeps its modal and is held as before."""
from __future__ import annotations

import re

_UNKNOWN_Q = re.compile(r"(?P<head>(?:无法|没法|没有办法|不能|难以|无从)[^，,。；;]{0,10}?(?:知道|判断|确定|得知|看出|确认|回答|了解))"
                        r"(?P<q>[^，,。；;]*?(?:哪|什么|是否|能否|有没有|可不可以|会不会)[^，,。；;]*)")


def declarative(sentence: str) -> str:
    """The sentence without the indirect questions it says cannot be answered."""
    return _UNKNOWN_Q.sub(lambda m: m.group("head"), sentence)
