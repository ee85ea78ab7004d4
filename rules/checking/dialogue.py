"""An answer inside a draft written as questions and answers (问：…答：免职。), read as the answer
to the question just before it, not to the question the draft as a whole was asked.

"答：停职检查。" under "问：那重大事故里的有关党政领导正职呢？" says that this official after that
accident gets 停职检查; alone it only names a measure of the regulation, which any passage holds.
When the answer names measures and nothing of its own case (no severity, no role, no article),
it is written out as a claim of its question's case: the question's words with the asking taken
off (那…呢, 怎么处理, ？), then the answer ("重大事故里的有关党政领导正职：停职检查。"), and that
claim is judged like any sentence of a draft.
"""
from __future__ import annotations

import re

from ..schema import RuleBook
from . import claims as C

_PAIR = re.compile(r"(?:^|\n)\s*[*#>\s]*问[：:]\s*(?P<q>[^\n]+?)[*\s]*\n+\s*[*\s]*答[：:]\s*(?P<a>[^\n]+)")
_ASKING = re.compile(r"(?:的话)?(?:应当|应该|会|要|该|又|是)?(?:怎么|怎样|如何|什么)[^，,]*$|(?:会|要)?(?:被)?(?:怎样|怎么样)$")


def topic(question: str) -> str:
    """The case a question asks about: its words with the asking taken off."""
    q = re.sub(r"[*？?\s]+$", "", question.strip())
    q = re.sub(r"^(?:那么|那|请问|再问|还有)[，,]?", "", q)
    q = re.sub(r"呢$|吗$", "", q)
    return _ASKING.sub("", q).strip("，, ")


def pairs(draft: str, book: RuleBook) -> list[tuple[str, str, str]]:
    """(embedded question, answer as written, the answer as a claim of the question's case) for
    every answer that names measures and nothing of its own case."""
    out = []
    for m in _PAIR.finditer(draft):
        answer = m.group("a").strip().strip("*").strip()
        cats = {cat for *_, cat, _ in C.marks(answer, book)}
        if "measure" not in cats or cats - {"measure"} or re.search(r"第[零一二两三四五六七八九十百\d]+条", answer):
            continue
        case = topic(m.group("q"))
        if len(case) < 2:
            continue
        out.append((m.group("q").strip().strip("*"), answer, f"{case}：{answer}"))
    return out
