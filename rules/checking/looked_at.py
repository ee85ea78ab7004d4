"""A sentence scoped to one article by a lead: "单看第十六条，没有免职", "只看第十四条的话，…". The lead
(单看 / 只看 / 仅看 / 光看 / 单就 … ，) says which article the claim after it is about; read as it
stands, the claim names no article and the support test found nothing. The sentence is read as
the claim said of that article ("第十六条没有免职") and judged so, wrong or right."""
from __future__ import annotations

import re

_LEAD = re.compile(r"^(?:如果|若)?(?:单|只|仅|光)(?:看|就|从|论)(?P<ref>(?:《[^》]+》)?第[零一二两三四五六七八九十百\d]+条"
                   r"(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?)(?:本身)?(?:的?(?:话|来说|而言|来看|规定|条文|原文))?[，,](?P<rest>.+)$")


def scoped(sentence: str) -> str:
    """The sentence with its article lead made its subject, else the sentence unchanged."""
    m = _LEAD.match(sentence.strip())
    if m is None or re.match(r"第[零一二两三四五六七八九十百\d]+条", m.group("rest")):
        return sentence
    return m.group("ref") + m.group("rest")
