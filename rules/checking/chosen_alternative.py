"""The answer to an either-or question that picks one side: "区里开。" to "现场会是市里开还是区里开",
"是“可以”。" to "第15条是'应当'还是'可以'" (branch `r28alarm`).

Judged alone such an answer has no words a passage could hold, and it was flagged. It is a lead:
the question offers two alternatives (A还是B), which share their frame and differ in one part (市 /
区, 应当 / 可以); the answer is one of them (or its differing part), and it is right when the
sentences after it bear the choice out: the last of them that says either part (an answer often
weighs both, then concludes) is supported, says the part picked and not the other, is of the
question's own case (较大事故 asked, 重大 said is another), and its passage says the part picked.
A modal word said in its one-character form (可依照 for 可以, 应 for 应当) is that word. A
sentence that says both parts, or neither, does not decide the choice, and the lead stays
unsupported.
"""
from __future__ import annotations

import re
from typing import Callable

_QUOTES = re.compile(r"[“”‘’「」『』\"'《》]")
# the one-character form of a two-character modal word: the text's 可依照 says 可以
_MODAL_SHORT = {"可以": "可", "应当": "应", "应该": "应", "能够": "能", "必须": "须", "需要": "需"}
# what may stand before the chosen part: a copula, an agent or place marker, a hedge of certainty
_ANSWER_HEAD = re.compile(r"^(?:答[：:])?(?:应该是|应当是|是|由|在|归|用的是|用|写的是)")


def alternatives(question: str) -> tuple[str, str, str, str] | None:
    """(A, B, the part only A has, the part only B has) of "…A还是B…", else None."""
    q = _QUOTES.sub("", question.strip())
    if q.count("还是") != 1:
        return None
    before, after = q.split("还是")
    after = re.split(r"[，,？?。！!；;]|呢|吗", after)[0]
    after = re.sub(r"^是", "", after)
    before = re.split(r"[，,；;：:]", before)[-1]
    if not after or not before:
        return None
    # A starts after the word that introduces the alternatives (是, 由, 归, 在), else it is as long as B
    cut = max(before.rfind(w) for w in ("是", "由", "归", "在"))
    first = before[cut + 1:] if cut >= 0 else before[-len(after):]
    if not first or first == after:
        return None
    i = 0
    while i < min(len(first), len(after)) and first[i] == after[i]:
        i += 1
    j = 0
    while j < min(len(first), len(after)) - i and first[-1 - j] == after[-1 - j]:
        j += 1
    a, b = first[i:len(first) - j], after[i:len(after) - j]
    if not a or not b:
        return None
    return first, after, a, b


def chosen(answer: str, question: str) -> tuple[str, str] | None:
    """(the part the answer picks, the part it leaves) when `answer` is one side of the question's
    either-or and nothing more, else None."""
    alt = alternatives(question)
    if alt is None:
        return None
    first, second, a, b = alt
    t = _ANSWER_HEAD.sub("", _QUOTES.sub("", answer.strip()).rstrip("。！!，,的"))
    for whole, part, other in ((first, a, b), (second, b, a)):
        if part in t and other not in t and (t in whole or whole in t) and len(t) <= len(whole) + 2:
            return part, other
    return None


def _says(part: str, text: str) -> bool:
    return part in text or (part in _MODAL_SHORT and _MODAL_SHORT[part] in text)


def held(answer: str, question: str, following: list[tuple[str, bool, list[str]]],
         terms: Callable[[str], set[tuple[str, str]]] | None = None) -> bool:
    """Whether the sentences after an either-or answer bear out the part it picks. `following` is
    (text, supported, the passages that hold it) for each sentence after the answer. The last of
    them that says either part decides (an answer often weighs both, then concludes: "一般事故的
    标准是…；较大事故是…，所以正好500万落在较大事故"): it must be supported, say the part picked and
    not the other, and be of the question's own case: where the question names a term of some kind
    (a class of accident: 较大事故), the sentence naming terms of that kind only of others (重大)
    speaks of another case. `terms` gives (kind, canonical term). The passages that hold it must
    say the part picked too: a sentence whose support was found for its other words (喷淋…属于伪造…
    的情形 held to the article on 篡改) does not carry the choice."""
    pick = chosen(answer, question)
    if pick is None:
        return False
    part, other = pick
    deciding = [f for f in following if _says(part, f[0]) or _says(other, f[0])]
    if not deciding:
        return False
    text, supported, passages = deciding[-1]
    if not supported or not _says(part, text) or _says(other, text):
        return False
    if passages and not any(_says(part, p) for p in passages):
        return False
    if terms is not None:
        asked, said = terms(question), terms(text)
        for kind in {k for k, _ in asked}:
            theirs = {t for k, t in said if k == kind}
            if theirs and not theirs & {t for k, t in asked if k == kind}:
                return False
    return True
