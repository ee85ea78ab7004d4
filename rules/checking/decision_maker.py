"""Who makes a decision, exchanged for another body the text names: "县（区）分局收到举报后可以自行作出是
否立案调查的决定" where the text says "县（区）生态环境分局收到举报后，应当…报送市生态环境局。市生态
环境局应当…作出是否立案调查的决定".

The sentence borrows words from two statements of one article (what the district office does on a
report, what the city bureau decides), so every word is in the passage and the support test let it
through; `body_swap` sets it aside because a statement naming the district office explains part
of it. Read here: a clause of the sentence that makes a decision of a named content (作出 / 做出 +
what is decided + 决定, four characters or more) is held to the passage clauses that make that
decision: the one who decides in the sentence (由X作出, else the body that opens the clause, or
the sentence when the clause opens with only a time or a modal: 分局登记后，十日内作出…) must be
one of those the passages name for it (由X, else the body that opens their clause). Two names of
one body agree when one's characters are the other's in order (市局 for 市生态环境局); a clause
whose decider is no body (收到举报后…作出) or a passage that names none is not read.
"""
from __future__ import annotations

import re

from .sources import SourceText, bare

_DECISION = re.compile(r"(?:作出|做出)(?P<what>[^，,。；;：]{4,20}?)的?决定")
_BODY = r"[^，,。；;：、\s由]{1,14}?(?:局|委员会|委|部门|机关|法院|检察院|政府|办公室|办|小组|组|中心|单位|机构|厅|司|署)"
_BY = re.compile(rf"由(?P<b>{_BODY})(?=[^，,。；;]*?(?:作出|做出))")
_OPENS = re.compile(rf"^(?:则|而|再|并|然后|最后|之后|随后|另外)?(?P<b>{_BODY})(?![\u4e00-\u9fff]?(?:的|和|与|或|、))")
_CLAUSES = re.compile(r"[，,。；;\n]")
# a clause that opens with no subject of its own, only a time or a modal before the act (并在十个
# 工作日内作出…): the sentence's subject goes on into it
_CARRIED = re.compile(r"^(?:并|还|也|再|则|且|即)?(?:应当|应|须|必须|需要?|可以|会|要)?(?:在|于|自)?[^，,。；;]{0,16}?(?:日|天|小时|月|年)内(?:依法)?(?:作出|做出)|^(?:并|还|也|再|则|且)?(?:应当|应|须|必须|可以)?(?:依法)?(?:作出|做出)")
_SENTENCES = re.compile(r"[。；;\n]")


def _decider(sentence_part: str, clause: str) -> str:
    """The body that decides: 由X before the act in the clause, else the body that opens the
    clause, else (in the passage) the one that opens its sentence."""
    m = _BY.search(clause)
    if m:
        return bare(m.group("b"))
    if "由" in clause:
        return ""             # 由其 / 由上级: a decider named in other words
    m = _OPENS.match(clause.strip())
    if m is None and _CARRIED.match(clause.strip()):
        m = _OPENS.match(sentence_part.strip())     # 分局登记后，十日内作出…: the subject goes on
    return bare(m.group("b")) if m else ""


def _in_order(a: str, b: str) -> bool:
    it = iter(b)
    return all(ch in it for ch in a)


def _agree(a: str, b: str) -> bool:
    return _in_order(a, b) or _in_order(b, a)


def _deciders(what: str, passages: list[SourceText]) -> list[str]:
    out = []
    for p in passages:
        for s in _SENTENCES.split(p.text):
            for m in _DECISION.finditer(s):
                if bare(m.group("what")) != what:
                    continue
                clause = _CLAUSES.split(s[:m.start()])[-1] + s[m.start():m.end()]
                d = _decider(s, clause)
                if d:
                    out.append(d)
    return out


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    if not passages or "决定" not in sentence:
        return []
    for s in _SENTENCES.split(sentence):
        for m in _DECISION.finditer(s):
            what = bare(m.group("what"))
            clause = _CLAUSES.split(s[:m.start()])[-1] + s[m.start():m.end()]
            mine = _decider(s, clause)
            if not mine:
                continue
            theirs = _deciders(what, passages)
            if theirs and not any(_agree(mine, t) for t in theirs):
                return [f"“{mine}”：原文由“{theirs[0]}”作出{bare(m.group('what'))}的决定"]
    return []
