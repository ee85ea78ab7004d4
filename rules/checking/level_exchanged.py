"""A post or body at one level, said to be absent where the text has it only at another level:
"区党政领导分管副职不在第十四条的名单里", where 第十四条 names 街道党政领导分管副职 and
区有关职能部门领导分管副职 but no 区党政领导分管副职.

The absence reader took a thing as present when one sentence of the text had most of its
character pairs (in other words' order). A level word (市, 区, 街道…) is one or two characters
of a long post's name, so the post at another level had them all but the level's. Here, when the
thing opens with a level word and the rest of its name stands in the text only after another
level word, the thing is absent: the text names that post at other levels, not at this one.
"""
from __future__ import annotations

import re

_LEVEL = re.compile(r"^(街道|市|区|县|省|镇|乡)")
_LEVELS = ("街道", "市", "区", "县", "省", "镇", "乡")


def only_elsewhere(thing: str, texts: list[str]) -> bool:
    """The thing (a level word + a name of at least four characters) is in no text, and each
    place the name stands in them comes right after another level word."""
    m = _LEVEL.match(thing)
    if m is None:
        return False
    rest = thing[m.end():]
    if len(rest) < 4 or any(thing in t for t in texts):
        return False
    seen = False
    for t in texts:
        for at in [x.start() for x in re.finditer(re.escape(rest), t)]:
            seen = True
            if not any(t[:at].endswith(lv) for lv in _LEVELS if lv != m.group(1)):
                return False
    return seen
