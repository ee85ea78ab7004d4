"""The modal word of the provision the talk is on, quoted: "至于具体个案要不要合并，条文用的是“可以”，
不是必须".

After a draft has named a provision, it often says which modal word the provision uses (可以,
应当, 可) and which it does not (必须), to say a thing is allowed, not required. The sentence names
no article (条文, 这一款); the provision is the one the talk is on (the nearest line above naming
one, else the question's). It holds when the quoted word is in that provision and the word denied
is not; a topic clause before it that only asks (至于…要不要…，) asserts nothing. Anything else in the
sentence leaves it to be judged as before.
"""
from __future__ import annotations

import re

_SAID = re.compile(r"^(?:至于[^，,。]*?(?:要不要|是否|能不能|会不会|该不该|可不可以|必须不必须)[^，,。]*[，,])?"
                   r"(?:(?:条文|原文|这一?款|该款|这一?条|该条|规定)(?:里|中)?(?:用的是|写的是|用了)"
                   # (r19alarm) "注意是“可”，不是必须": the word pointed at, the provision unsaid
                   r"|(?:要|请|需要)?注意(?:的是)?[，,]?(?:(?:条文|原文|这一?款|该款|这一?条|该条|规定)(?:里|中)?)?(?:用的是|写的是|用了|是))"
                   r"[“「](?P<w>[^”」]{1,4})[”」](?:字)?"
                   r"(?:[，,]\s*(?:而)?(?:不是|并非|而非)[“「]?(?P<no>[^，,。”」]{1,4})[”」]?)?[。]?$")


def claim(sentence: str) -> tuple[str, str | None] | None:
    """(the word said used, the word said not used or None), or None when the sentence is not one."""
    m = _SAID.match(sentence.strip())
    return (m.group("w"), m.group("no")) if m else None


def judged(used: str, denied: str | None, provision: str, label: str) -> tuple[bool, str]:
    if used not in provision:
        return False, f"{label}没有用“{used}”。"
    if denied and denied in provision:
        return False, f"{label}也用了“{denied}”。"
    return True, f"{label}用的是“{used}”"
