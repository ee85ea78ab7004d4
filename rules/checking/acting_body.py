"""A level said as the body that acts on an official, not as the official's own level: "由区委、
区政府按《办法》对有关分管副职训诫" — 区 is the level of the bodies that give the measure (区委,
区政府), and 对 makes 有关分管副职 the one it is given to, whose level the sentence leaves open.

`rules.titles.mentions` joins a level to a rank word up to a few characters after it, which fits
people's words (区里分管的副职) but reads 区政府…对有关分管副职 as 区党政领导分管副职. When the words
from the level to the rank hold a body (the level word followed by 委 / 政府 / 党委 …) and the
preposition 对 after it, the level belongs to the actor; the mention is not written as one role
(`roles_said.spelled`), and the sentence is judged from its own words.
"""
from __future__ import annotations

import re

# the level word as part of a body's name, then (past the act's manner) 对 before the official
_ACTOR = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:委|政府|党委|党工委|管委会|人民政府)(?:[（(][^）)]*[）)])?"
                    r"[^，,。；;]*?对")


def acts_on(said: str) -> bool:
    """Whether a mention's words (from its level to its rank) name a body acting on the official."""
    return "对" in said and bool(_ACTOR.match(said))
