"""A restriction over a restated span the text continues with a coordinated member ("第九条只针对
“给国家利益…造成损失”的失职行为" where the text says 造成损失或者不良影响; "第二条在区一级只列了区党委、政府
领导班子成员" where it says 区党委、政府及其工作部门领导班子成员).

Why: every word of such a span is the text's, so the support test passes it; what is wrong is the
restriction (只针对, 只列了, 仅限于…) over a span cut just before a coordinator of the text (或者, 或,
及其, 以及, 和, 与, 及): the alternative or the member after it is dropped, and "only" denies it.
Read: the restricted span is the rest of its clause after the restriction word; for each
coordinator of a passage the sentence names, the longest run of the text just before it (at least
`MIN_RUN` characters, bare) that the span restates; when the span goes on otherwise (or ends) and
never names the member after the coordinator, the restriction has cut it off. A conditional 只要 /
只有…才 restricts nothing, and a span that keeps the coordinator keeps the alternative.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare

# a restriction word before what it restricts to (not 只要 / 只有, conditions; not 不只 / 不仅)
_ONLY = re.compile(r"(?<![不非])(?:只|仅|仅仅|单单)(?:是)?(?:针对|适用于?|限于|包括|包含|涵盖|覆盖|涉及|列了?|列出了?|列举了?|"
                   r"写了?|规定了?|指|管|说了?|提到了?|点名了?)")
# a coordinator of the text (not 及时 / 及早 / 涉及 / 以及's 及 read twice / 和平 …)
_COORD = re.compile(r"或者|及其|以及|(?<![以涉危普波顾])及(?![时早])|或(?![许])|(?<![以共])和(?![平谐解])|(?<![参给授赋])与(?![会])")
MIN_RUN = 4          # bare characters of the text before the coordinator the span must restate
MAX_RUN = 30


def _unbracketed(text: str) -> str:
    """The text without what its brackets hold (区（包括管理区）党委 is 区党委 either way)."""
    return re.sub(r"[（(][^）)]*[）)]", "", text)


def _cut(span: str, text: str, rest: str = "") -> str | None:
    """The coordinated member the span leaves out of the text, else None. `rest`: what the sentence
    says after the span (…，以及负有…职责的部门: the member, named after a comma)."""
    for m in _COORD.finditer(text):
        i = m.start()
        run = 0
        for k in range(min(MAX_RUN, i), MIN_RUN - 1, -1):
            if text[i - k:i] in span and not _splits_figure(text, i - k):
                run = k
                break
        if not run:
            continue
        member = text[m.end():m.end() + 2]
        if len(member) < 2 or _COORD.match(member):
            continue
        at = span.find(text[i - run:i]) + run
        after = span[at:]
        if after.startswith(m.group(0)) or member in span or rest.startswith(m.group(0)):
            continue                     # the span keeps the coordinator, or names the member (or the sentence
                                         # goes on with the coordinator after a comma: …，以及…)
        return m.group(0) + member + text[m.end() + 2:m.end() + 6]
    return None


def _splits_figure(text: str, start: int) -> bool:
    """Whether a run of the text starting at `start` begins inside a figure: the 00人以上 of
    5000人以上 is no restatement of it in "1000人以上不满5000人的" (g17alarm)."""
    return 0 < start < len(text) and text[start].isdigit() and text[start - 1].isdigit()


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    """Why the sentence's restriction cuts off a member the text coordinates, else []."""
    if not passages or ("只" not in sentence and "仅" not in sentence and "单单" not in sentence):
        return []
    for m in _ONLY.finditer(sentence):
        clause = re.split(r"[，,；;。！？：:]", sentence[m.end():])[0]
        # (a quoted span may hold commas of its own: the quote is read whole)
        q = re.match(r"\s*[“「\"]([^”」\"]+)[”」\"]", sentence[m.end():])
        span = bare(_unbracketed(q.group(1) + sentence[m.end() + q.end():].split("，")[0] if q else clause))
        if len(span) < MIN_RUN:
            continue
        for p in passages:
            for unit in re.split(r"[。；;\n]", _unbracketed(p.text)):
                left = _cut(span, bare(_unbracketed(unit)), bare(_unbracketed(sentence[m.end():]))[len(span):])
                if left:
                    return [f"{p.label}原文在所说的之后还有“{left}…”，不只“{m.group(0)}”这些"]
    return []
