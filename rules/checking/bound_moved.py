"""How long a state lasts, moved to another event: "扣减补贴的决定…暂缓执行，等复查决定作出后再执行"
where the article says "扣减运营补贴的决定，在复核决定作出前暂缓执行".

在E作出前V bounds the state V (暂缓执行, 停止…) by the event E. A draft that keeps V and bounds it by
another event of the same text (等E'作出后再… / 直到E' / 到E'为止 / 至E') keeps the article's words,
E' among them (the text names it elsewhere), so the support test finds it. Read here: for each
在E前V / 在E之前V of the articles a sentence is held to, a sentence that says V (its first two
characters) and bounds it by an event E' (the words before 作出 / 完成 / 结束 after 等 / 直到 / 到 /
至) that is not E (E' lacks E's own words) says the state lasts to another event. Only ever turns
a verified sentence into an unsupported one.
"""
from __future__ import annotations

import re

from .sources import bare

_BOUND = re.compile(r"在([\u4e00-\u9fff]{2,12}?)(作出|完成|结束|生效|送达)?(?:之)?前([\u4e00-\u9fff]{2,6})")
_UNTIL = re.compile(r"(?:等到|等|直到|待|到|至)([\u4e00-\u9fff]{2,12}?)(作出|完成|结束|生效|送达)(?:以后|之后|后|为止)")


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    said = bare(sentence)
    for _, text in articles:
        for m in _BOUND.finditer(bare(text)):
            event, state = m.group(1), m.group(3)
            if state[:2] not in said:
                continue
            for u in _UNTIL.finditer(said):
                other = u.group(1)
                if event in other or other in event:
                    continue
                return [f"原文是“在{event}{m.group(2) or ''}前{state}”，不是到{other}{u.group(2)}"]
    return []


def may_concern(sentence: str) -> bool:
    return bool(re.search(r"等|直到|待|到|至", sentence))
