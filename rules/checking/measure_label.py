"""A measure as the label of the list of officials given it: "停职检查：区党政领导分管副职、街道党政
领导正职", "免职一类：街道党政领导分管副职", "停职检查三类：A、B、C".

A draft that sorts officials by measure puts the measure first, a colon, and the roles after it.
The reader of role–measure pairs (`claims.role_measures`) pairs a measure with the roles before
it, so such a line paired nothing: any official passed under any measure ("重大事故免职：街道党政
领导正职" too), and a count between the measure and the colon (三类) was taken by the support test
for a term the item exchanged. The label is written back in the usual order (对R、R M) when it is a
measure alone (with 的 and a count: 三类, 两种, 一人) and what follows the colon is roles only, to
the end of its clause; the pairs are then judged under the severity in sight like any others. A
count must be the number of roles listed: "停职检查两类：" over three roles contradicts itself."""
from __future__ import annotations

import re

from ..references import cn_int
from ..schema import RuleBook
from . import claims as C

# between the measure and the colon: 的, a count with its measure word, 人 / 对象
_LABEL = re.compile(r"(?:的)?(?:(?:共|有|共有)?(?P<n>[一二两三四五六七八九十\d]+)(?:类|种|个|名|人|位)(?:人|干部|对象)?)?(?:的)?(?:人|对象)?[：:]")
_JOIN = re.compile(r"[、，,和及与]|以及")
# what may stand right before the label: the sentence's start, a dash or list marker, a severity or
# a clause break (the measure opens what it labels)
_OPENS = re.compile(r"(?:^|[，,；;。：:\n—\-•·*）)]|事故|[\s])$")


def _spelled(sentence: str, book: RuleBook) -> str:
    """Roles as such lists shorten them, beyond `claims.roles_spelled_out`: 领导 left out right after
    the unit ("区有关职能部门分管副职") or after a one-character unit's 党政 ("区党政分管副职"),
    written out only where that makes a role of the vocabulary not read there before."""
    sentence = C.roles_spelled_out(sentence, book)
    for canon in {c for *_, cat, c in C._scanner(book)[1].values() if cat == "role"}:
        parts = re.fullmatch(r"(.+?)领导(正职|分管副职)", canon)
        if not parts:
            continue
        for m in reversed(list(re.finditer(re.escape(parts.group(1)) + parts.group(2), sentence))):
            if not any(s0 <= m.start() < e0 and cat == "role" for s0, e0, cat, _ in C.marks(sentence, book)):
                sentence = sentence[:m.start()] + canon + sentence[m.end():]
    return sentence


def labeled(sentence: str, book: RuleBook) -> tuple[str, list[str]]:
    """The sentence with each measure label written as 对R、RM, and the problems of its counts."""
    if not re.search(r"[：:]", sentence):
        return sentence, []
    original, sentence = sentence, _spelled(sentence, book)
    rewritten = False
    problems: list[str] = []
    ms = C.marks(sentence, book)
    for i in range(len(ms) - 1, -1, -1):
        start, end, cat, canon = ms[i]
        if cat != "measure" or not _OPENS.search(sentence[:start]):
            continue
        m = _LABEL.match(sentence, end)
        if m is None:
            continue
        roles: list[str] = []
        pos = m.end()
        for s0, e0, c0, r in ms[i + 1:]:
            if c0 != "role" or (roles and not _JOIN.fullmatch(sentence[pos:s0])) or (not roles and s0 != pos):
                break
            roles.append(r)
            pos = e0
        if not roles or not re.match(r"\s*(?:[。；;！!]|$)", sentence[pos:]):
            continue                      # roles only, to the end of the clause
        if m.group("n"):
            try:
                n = cn_int(m.group("n"))
            except ValueError:
                continue
            if n != len(roles):
                problems.append(f"“{sentence[start:m.end()]}”后面列了{len(roles)}类人员，不是{n}类。")
                continue
        sentence = sentence[:start] + "对" + "、".join(roles) + canon + sentence[pos:]
        rewritten = True
    return (sentence if rewritten else original), problems
