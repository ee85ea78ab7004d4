"""An article said to write only one act, where its sentence joins another act to it (branch wmiss9).

"第十四条只写了区委区政府作出初步问责决定" where the article says "…应在24小时内召开现场会，并作出初步
问责决定": the words after 只写了 are the article's, and the support test finds them; the 只 says the
article writes nothing more of that kind, but its own sentence joins another act to the one named
(并 / 并且 / 同时 before it, or after it). `only_duty` reads 只 before a duty; this reads 只 before the
talk of the text (只写了, 只规定了, 只说了, 只提到), said of the article itself: nothing but the
article (its number, 里 / 中 / 本身) stands between it and 只. A scope between them (第十四条对较大
事故只规定了…) narrows what is claimed, and is left alone; so does an absence set against the 只
(只规定了X，并没有规定Y: the absence of Y is the claim, and it is read as one). When the draft sentence
says under a third of the joined act, the claim leaves out what the article says.
"""
from __future__ import annotations

import re

from .only_duty import FUNCTION, SAID, SHARE, content_pairs
from .sources import bare

_ONLY = re.compile(r"第[零一二两三四五六七八九十百\d]+条(?:第[零一二两三四五六七八九十\d]+款)?(?:里|中|本身|条文)?(?:也|就)?"
                   r"(?:只|仅|仅仅)(?:是)?(?:写了?|规定了?|说了?|提到了?|讲了?)[：:，,“]?([^。；;！？]{4,40})")
# an act joined to another within one sentence of the article
_JOIN = re.compile(r"[，,；;]?(?:并且|并|同时)")
# (应当 is no content here: the article's duty words are said or not said alike)
_FUNCTION = FUNCTION | frozenset("应当")


def _content(text: str) -> set[str]:
    return content_pairs(text, _FUNCTION)


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    """What the article's sentence joins to the act the draft says is all it writes, or []."""
    for m in _ONLY.finditer(sentence):
        said = re.split(r"[，,]?(?:没有|没|未|但|而|不过)", m.group(1))[0]
        pairs = _content(said)
        # "只规定了由市委、市政府召开现场会，并没有规定由谁主持": the 只 is set against what follows it,
        # a thing the article does not write; that absence is a claim of its own, read by the
        # absence readings, and the 只 says no more than it
        if len(pairs) < 3 or re.match(r"[，,]?\s*(?:并|但|而|却)?(?:没有|没|未)(?:规定|写|说|提|讲)", m.group(1)[len(said):]):
            continue
        whole = _content(sentence)
        for _, text in articles:
            for t in re.split(r"[。\n]", text):
                # (a list after a colon is the act's own members, not another act)
                t = t.split("：")[0].split(":")[0]
                parts = _JOIN.split(t)
                if len(parts) < 2 or len(pairs & _content(t)) / len(pairs) < SHARE:
                    continue
                here = max(parts, key=lambda x: len(pairs & _content(x)))
                for k, other in enumerate(parts):
                    if other is here:
                        continue
                    # (同时 / 并 inside a case, 受到问责，同时需要追究纪律责任的: no act of its own)
                    if re.split(r"[，,；;：:]", parts[k if k > parts.index(here) else parts.index(here)])[0].endswith("的"):
                        continue
                    # (the case or the doers the two acts share say nothing of the other act)
                    more = _content(other) - _content(here) - pairs
                    if len(more) >= 3 and len(more & whole) / len(more) < SAID:
                        return [f"原文还写了“{bare(other)[-20:]}”，不只是{bare(said)}"]
    return []


def may_concern(sentence: str) -> bool:
    return "只" in sentence or "仅" in sentence
