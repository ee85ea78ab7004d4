"""A duty denied by its noun: "拒收后没有报告义务", "不负有赔偿责任" (branch `lfmiss`).

"X后没有Y义务" says the text imposes no duty to Y (after X); its thing is the act Y before the noun
义务, not the time frame X before the absence verb (拒收后), which the absence reading took for the
thing and, not finding it word for word, passed the sentence; the support test passes it too, its
words being the article's. The article the sentence is held to decides the claim when a sentence
of it on the same matter (two content pairs shared with the draft's) says Y with a duty (应当, 必须,
须) before it in its clause: then the denial is false. A text that says Y as a permission (可以报告)
or not at all leaves it to the other readings.
"""
from __future__ import annotations

import re

from .one_clause import _content
from .sources import bigrams

# the act before 义务 right after the absence verb (报告义务, 赔偿的义务)
_DUTY_NOUN = re.compile(r"^\s*(?:任何|这个|这项|这种|相应的?|法定的?)?([\u4e00-\u9fff]{2,4}?)的?义务")
_DUTY = re.compile(r"应当|必须|须|应(?!用)")
_SPANS = re.compile(r"[。；;\n]")


def act(after: str) -> str | None:
    """The act whose duty the absence denies (报告 of 报告义务), else None."""
    m = _DUTY_NOUN.match(after)
    return m.group(1) if m else None


_DENIAL = re.compile(r"(?:并|也|都|均)?(?:没有|没|无|未|不负有|不承担)")


def may_concern(sentence: str) -> bool:
    """Cheaply: does the sentence deny a duty by its noun?"""
    return "义务" in sentence


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    """The duty the sentence denies that the article it is held to imposes on the same matter."""
    for m in _DENIAL.finditer(sentence):
        act_ = act(sentence[m.end():])
        if not act_:
            continue
        matter = _content(bigrams(sentence[:m.start()] + sentence[m.end():].split("义务", 1)[1])) - bigrams(act_)
        for _, text in articles:
            for span in _SPANS.split(text):
                at = span.find(act_)
                if at > 0 and _DUTY.search(re.split(r"[，,]", span[:at])[-1]) and len(matter & bigrams(span)) >= 2:
                    return [f"条文规定应当{act_}（原文：{span.strip()[:40]}）"]
    return []
