"""Whether a clause restates the negation of the statement it is held to, or only other words of
it (branch reg5).

`aligned` reads a statement's polarity from the parts of it a clause covers, and from the whole
statement when no part reaches its bar; so a clause that restates one part of a statement loosely
took the negation of another part: "统计人员书面提出异议并留了记录的" (the condition) was said to
reverse "…留存记录的，不承担责任", "自处理决定作出之日起两年内，" (the time frame) to reverse
"…两年内不得从事统计数据审核工作", "复核期间处理决定一般照常执行" to reverse "不停止执行". A
negation of the statement is what the clause reverses only when the clause says what it negates:
the words right after it (modal characters skipped: 不得从事 negates 从事, 不停止 negates 停止).
A clause that drops the negation and keeps its verb (处理决定停止执行, 也一并适用 for 不适用) still
reverses it; a clause that says its own negation is left to `aligned` as before.
"""
from __future__ import annotations

import re

from . import aligned as AL
from .sources import bare

_SKIP = set("得应能可予准再")


def restated(parts: list[str], clause: str) -> bool:
    """Whether the clause says the words a negation of `parts` negates (the two characters after
    it, modal characters skipped; of each term of a list after it)."""
    plain = bare(clause)
    for part in parts:
        text = part
        for pat in AL._BOUNDS.values():
            text = pat.sub("|", text)
        for m in AL._NEGATION.finditer(text):
            after = re.split(r"[，,。；;：:]", text[m.end():])[0]
            while after and after[0] in _SKIP:
                after = after[1:]
            # (a list after the negation negates each of its terms: 不得侮辱、威胁、殴打医务人员)
            for term in after.split("、"):
                words = bare(term)[:2]
                if len(words) < 2 or words in plain:
                    return True
    return False
