"""A thing said to be missing that is owned by a pronoun: "第三条没有把它们的工作部门列为问责主体"
(branch r20miss).

它们的X / 其X / 他们的X stands for the X of a name said just before (党委、政府 … 它们的工作部门), as
the text itself says it with 及其 (党委、政府及其工作部门). Held to the text with the pronoun, the
thing "它们的工作部门" has a head (它们) no passage has, so the absence reader found no A for A's B
and called the thing absent. The pronoun names no more than what the sentence already named: what
is looked for is X, the thing owned. A text that has X (工作部门 in 第三条) contradicts the absence."""
from __future__ import annotations

import re

# a possessive pronoun before the thing: 它们的 / 他们的 / 它的 / 其 (其 is bound: 其工作部门)
_OWNER = re.compile(r"^(?:它们|他们|她们|它|他|她)(?:各自)?的|^其(?=[\u4e00-\u9fff]{2})")


def owned(thing: str) -> str | None:
    """The thing owned when a pronoun owns it (它们的工作部门 → 工作部门), else None. Only an owned
    thing of two characters or more is returned; a shorter one is too little to look for."""
    m = _OWNER.match(thing)
    if m is None:
        return None
    rest = thing[m.end():]
    return rest if len(rest) >= 2 and "的" not in rest[:1] else None
