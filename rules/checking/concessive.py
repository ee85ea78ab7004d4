"""A concession: "责令公开道歉虽然被列在造成重大损失或者恶劣影响时的处理方式里，但第十条第二款明确它可以
单独适用…". 虽然A，但B asserts both A and B; read as one sentence, A was held to the paragraph B
names (第十条第二款), which does not have A's words (A is 第十条第一款's). Each half is judged as a
sentence of its own, the subject before 虽然 written in front of A and left for B's pronoun (它)
to stand for, and the sentence is verified only when both halves are; else it is judged whole,
as before."""
from __future__ import annotations

import re

_CONCESSION = re.compile(r"^(?P<subject>[^，,。；;]*?)(?:虽然|虽|尽管)(?P<a>[^。；;]+?)[，,]\s*(?:但是|但|可是|不过|却)(?P<b>[^。；;]+)[。；;！!]?$")


def halves(text: str) -> tuple[str, str] | None:
    """(subject + A, B) of "S虽然A，但B", else None."""
    m = _CONCESSION.match(text.strip())
    if m is None:
        return None
    a = m.group("subject") + m.group("a")
    return a, m.group("b")
