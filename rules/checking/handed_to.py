"""Whom the passage hands a matter to, not any body it names: "存在行政过错的，移送法制部门处理"
where the paper says "移送监察机关或主管行政机关处理" and names 法制部门 only as the body told of
the case ("有关部门应及时向法制部门报告").

`recipients.recipients` asks that each recipient of a handing-over verb be among the passage's
words. A body the passage names for another role then passes as the recipient. Here a recipient
must be in the passage after the same verb, within the sentence of the passage the verb is in
(up to 。；), so a body moved from one role of the passage to another is caught. Only verbs the
passage itself uses are read; a passage without the verb is left to coverage.
"""
from __future__ import annotations

import re

from .recipients import _PARTS, _RECIPIENT
from .sources import bare


def moved_recipients(sentence: str, text: str) -> list[str]:
    """The sentence's recipients that the passage names, but never after the same verb."""
    plain = bare(text)
    out = []
    for m in _RECIPIENT.finditer(re.sub(r"\s", "", sentence)):   # (a colon after the verb ends it)
        verb = m.group(1)
        if verb not in plain:
            continue
        after = [re.split(r"[。；;]", text[v.end():])[0] for v in re.finditer(verb, text)]
        for who in _PARTS.split(m.group("who")):
            if len(who) >= 2 and who in plain and not any(who in bare(a) for a in after):
                out.append(verb + who)
    return out
