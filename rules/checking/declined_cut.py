"""A bare decline ("没法给出。", "无法列举。") to a question about an article the source breaks off in.

"第十八条的不予问责情形有哪些？" asks for the list of an article whose text stops after its lead
(党政领导干部有下列情形之一的，不予问责：): the list is not in the sources, so saying it cannot be
given is true, and the sentence after it usually says why. The decline is a claim about the
sources; it holds only when the article the question names is one the source cuts off (its
passage is marked truncated). Declining a question about a whole article stays unsupported.
"""
from __future__ import annotations

import re

_DECLINE = re.compile(r"^(?:这个|这些|这一点|这部分)?(?:暂时|目前)?(?:没法|无法|不能|没办法|难以)(?:给出|列出|列举|回答|作答|说明|答复|提供)(?:来)?"
                      r"|^(?:这个|这些)?(?:给不出|列不出|答不出|说不出)(?:来)?")


def declines(sentence: str) -> bool:
    """The sentence is only a decline to answer."""
    s = sentence.strip().rstrip("。！!")
    m = _DECLINE.match(s)
    return bool(m) and m.end() == len(s)
