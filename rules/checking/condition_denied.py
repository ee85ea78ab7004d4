"""A condition the text attaches to an act, said not to be one: "初步问责之后，可以随时依照…进一步
问责，不以事故调查结果为前提" where 第十五条 says "初步问责后，根据事故调查结果，可依照…进一步问责"
(branch `r22miss`).

The denial (不以X为前提 / 条件 / 依据, 不用等X, 无需根据X, 不取决于X, 与X无关) names X in the text's
own words and the act in the text's own words, so the support test found everything it says. Read
here: the held articles must not tie the act to X: a statement of theirs (up to 。 or ；) that says
X right after a word of basis or condition (根据 / 依据 / 依照 / 按照 / 以 / 待 / 视 / 凭) and says the
sentence's act after it (a run of four or more characters, outside X, of what the denial's
clause says before it, else of the clause before it) makes the denial false. An act the statement says before its
condition (初步问责 in "初步问责后，根据…，可…进一步问责") is not conditioned by it, and is left alone.
"""
from __future__ import annotations

import re

from .sources import bare

_CHEAP = re.compile(r"不以|不用|不必|无需|无须|不需|用不着|没必要|不取决|不依赖|无关|不受")
_DENIAL = re.compile(
    r"不以(?P<a>[^，,。；;]{2,20}?)(?:作)?为(?:前提|条件|依据|根据|基础|前置条件|先决条件)"
    r"|(?:不用|不必|无需|无须|不需要?|用不着|没必要)(?:先)?(?:等待?|等到|依据|根据|依照|按照|看|以)(?P<b>[^，,。；;]{2,20}?)(?:出来|作出|出炉|完成|为前提|了|再|就|$|(?=[，,。；;]))"
    r"|不(?:取决于|依赖于?|受)(?P<c>[^，,。；;]{2,20}?)(?:的)?(?:影响|限制|约束|左右)?(?=$|[，,。；;])"
    r"|与(?P<d>[^，,。；;]{2,20}?)无关")
_BASIS = r"(?:根据|依据|依照|按照|视|凭|待|以)"
MIN_ACT = 4             # (a shorter run may be a part of another act: 步问责 of 初步问责 and 进一步问责)


def may_concern(text: str) -> bool:
    return bool(_CHEAP.search(text))


def _common_run(a: str, b: str) -> str:
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    """Why the sentence denies a condition the held articles attach to its act."""
    for m in _DENIAL.finditer(sentence):
        x = bare(next(g for g in m.group("a", "b", "c", "d") if g))
        x = re.sub(r"^(?:等|等待|等到)", "", x)
        if len(x) < 2:
            continue
        # the act denied its condition: what the denial's clause says before it (初步问责本身不以…),
        # else the clause before it (…进一步问责，不以…为前提)
        clauses = re.split(r"[，,；;：:]", sentence[:m.start()])
        own = re.sub(r"[并也都就而但且则却还均完全根本]", "", bare(clauses[-1]))
        rest = own if len(own) >= 2 else (bare(clauses[-2]) if len(clauses) > 1 else "")
        rest = rest.replace(x, "")
        for n, text in held:
            for statement in re.split(r"[。；;\n]", text):
                plain = bare(statement)
                for c in re.finditer(_BASIS + re.escape(x), plain):
                    after = plain[c.end():]
                    act = _common_run(rest, after)
                    if len(re.sub(r"[^\u4e00-\u9fff]", "", act)) >= MIN_ACT:
                        label = (lm.group(1) if (lm := re.match(r"\s*(第[^条\s]{1,6}条)", text)) else "原文")
                        return [f"{label}：“{c.group(0)}…{act}”（{x}是{act}的依据或条件）"]
    return []
