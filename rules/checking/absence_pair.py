"""Two absence claims in one sentence, each with its own scope: "第二条的列举里没有国有企业，这份规定的
现有文本没有把国企负责人列为党政领导干部。"

The absence reader (`absence.py`) reads one scope and one thing per sentence; with two of each it
read the scope of one beside the thing of the other, or gave up, and the support test found
nothing. Each clause that says, of a place it names (an article, the document, the sources), that
something is not there is a claim of its own: the clauses are judged one by one, as sentences, and
the sentence holds only when every one of them does (otherwise it is judged whole, as before)."""
from __future__ import annotations

import re
from typing import Callable

_CLAUSES = re.compile(r"[，,；;]")


def clauses(text: str, scoped_absence: Callable[[str], bool]) -> list[str] | None:
    """The clauses of a sentence made only of scoped absence claims (two or more), else None."""
    if not re.search(r"没|未|不在|不属于|不包括", text):
        return None
    body = re.sub(r"[。！!]\s*$", "", text.strip())
    parts = [p.strip() for p in _CLAUSES.split(body) if p.strip()]
    if len(parts) < 2 or not all(scoped_absence(p) for p in parts):
        return None
    return [p + "。" for p in parts]
