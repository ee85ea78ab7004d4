"""An absence said the other way round from the passage: "论文没有写发表日期" where the front matter
says "作者和发表日期未载明". The sentence denies a verb of stating (写, 载明, 注明, 列出, 提到) with
the thing after it; the passage gives the thing first and denies the stating after it. Both say
the thing is not stated, so the sentence's denial adds nothing the passage does not deny.

Only a thing the passage itself follows by a denial (未, 无, 没, 不) within a few characters is
read this way: "报告没有写发表日期" where the report's front matter gives a date still fails."""
from __future__ import annotations

import re

_STATING = re.compile(r"^(?:写明|写出|写|载明|注明|标明|标注|列出|列明|提到|说明|交代)")
_DENIED_AFTER = re.compile(r"^[^，,。；;]{0,3}?(?:未|无|没|不)")


def said_unstated(neg: str, content: str, plain: str) -> bool:
    """True when `neg` + `content` (没有写发表日期) denies the stating of a thing that the passage
    (`plain`, bare) names and then denies (发表日期未载明)."""
    if neg not in ("没有", "并没有", "没", "未"):
        return False
    m = _STATING.match(content)
    if not m:
        return False
    thing = re.split(r"[，,。；;也]", content[m.end():])[0]
    if len(thing) < 2:
        return False
    return any(_DENIED_AFTER.match(plain[i.end():]) for i in re.finditer(re.escape(thing), plain))
