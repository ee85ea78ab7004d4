"""The act an item's lead owes, said again after the item ("…不作为，引发公共安全事故的要问责"
where 第五条's lead says "有下列情形之一的，应当问责："): a sentence restating an item in its own
clauses may close it with the lead's act. Aligned with the item alone, that act stood where the
item has other words (要问责 against 或者) and read as a substituted term.

Only the lead's own act with a duty as strong as the lead's goes: 要 / 应 / 应当 / 需要 / 须 for 应当
(可以问责 stays, and is a weakened duty; 不问责 stays, and is a denial)."""
from __future__ import annotations

import re

_OWED = re.compile(r"(?:应当|应)([\u4e00-\u9fff]{2})")


def without_lead_act(sentence: str, lead: str) -> str:
    """The sentence without the lead's owed act where it closes a clause of the item (…的要问责)
    with the same duty."""
    acts = {m.group(1) for m in _OWED.finditer(lead)}
    for act in acts:
        sentence = re.sub(rf"(?:的|者)(?:都|也|同样|均)?(?:要|应当|应该|应|需要|须)(?:被)?{re.escape(act)}", "", sentence)
    return sentence
