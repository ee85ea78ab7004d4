"""A rule restated without its case: "第十七条第二款：渡运经营单位不得再安排渡工从事渡运作业" where the
text says "渡工在3年内有前款情形2次以上的，渡运经营单位不得再安排其从事渡运作业" (branch `wsz4`).

`condition_part_dropped` reads a case with one of its parts left out; a case left out whole leaves a
sentence that is all the text's words, and the support test passes it, though it says the rule holds
always. Read here: a statement of the held texts of the shape "C的，R" (C its case, not a list's lead
有下列情形之一的), whose R the sentence restates from its opening (R's first six characters, and a run
of at least RUN of its characters); when the character pairs of the whole case (those not also R's) are nearly all absent from the
whole draft and the question (under MIN_SAID of them), the case is dropped (a part of it left out is
`condition_part_dropped`'s: read per part here, it flagged right answers giving one group of 第十条). A case said anywhere in the draft or
the question (a heading, the question's own premise) is kept. Only an answer to a question asking what
an article says (讲什么, 怎么规定), in a sentence naming an article, is read: asked of one aspect of a
rule (who acts, by what), an answer rightly leaves its case aside.
"""
from __future__ import annotations

import re

from .sources import bare, bigrams

RUN = 10
OPENING = 6
MIN_SAID = 0.25
_STATEMENT = re.compile(r"[。；;\n]")
_CASE = re.compile(r"^(.{4,80}?)的[，,](.{8,})$")
_LIST_LEAD = re.compile(r"下列|情形之一|以下情形|如下")
_ARTICLE = r"第[零一二两三四五六七八九十百\d]+[条款]"
_NAMES_ARTICLE = re.compile(_ARTICLE)
_ASKS_CONTENT = re.compile(_ARTICLE + r"[^，,。？?]{0,8}(?:讲|说|规定|写|是)了?(?:什么|啥|些什么)|" + _ARTICLE +
                           r"[^，,。？?]{0,8}怎么(?:规定|说|写)|" + _ARTICLE + r"[^，,。？?]{0,8}(?:的)?内容")


def may_concern(text: str) -> bool:
    return len(bare(text)) >= RUN


def asks_content(question: str) -> bool:
    """The question asks what an article or paragraph says (第十条第一款讲什么): the answer restates it
    whole, its case with it. Asked of one aspect (谁, 按什么), an answer may leave the case aside."""
    return bool(_ASKS_CONTENT.search(question))


def problems(sentence: str, held: list[tuple[int | None, str]], said: str) -> list[str]:
    """`said` the whole draft and the question."""
    if not _NAMES_ARTICLE.search(sentence):
        return []
    flat = bare(sentence)
    said_pairs = bigrams(said)
    for _, text in held:
        for statement in _STATEMENT.split(text):
            m = _CASE.match(statement.strip())
            if m is None or _LIST_LEAD.search(m.group(1)):
                continue
            case, rest = bare(m.group(1)), bare(m.group(2))
            if rest[:OPENING] not in flat or not any(rest[i:i + RUN] in flat for i in range(len(rest) - RUN + 1)):
                continue
            own = bigrams(case) - bigrams(rest)
            if len(own) >= 4 and len(own & said_pairs) / len(own) < MIN_SAID:
                return [f"略去了原文的条件“{m.group(1).strip()}”（原文：{statement.strip()}）"]
    return []
