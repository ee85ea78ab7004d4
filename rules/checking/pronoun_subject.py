"""A denied thing whose subject is a pronoun: "论文没有说它是唯一独立运作的监察机关" (branch r14pass).

它 / 其 / 他 stand for a name said earlier, which the source spells out ("深圳市监察局是…唯一…"); held
to the source with the pronoun, the thing's character pairs fall short of the share that finds it
in other words, and the absence was left undecided. The pronoun before 是 is dropped, so the
predicate (是唯一…的监察机关) is what is looked for; a pronoun elsewhere is kept."""
from __future__ import annotations

import re

_PRONOUN = re.compile(r"^(?:它们|他们|她们|它|其|他|她)(?=是)")


def without_pronoun(thing: str) -> str:
    """The thing without a pronoun subject before 是, when what is left is long enough to look for."""
    out = _PRONOUN.sub("", thing)
    return out if len(out) >= 5 else thing
