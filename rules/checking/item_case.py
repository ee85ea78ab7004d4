"""A duty said without the case the text puts it under: "应当在2小时内报告市城管局（第十条第（四）项）"
where the item reads "（四）发生设施故障或者停运的，立即启动应急预案，并在2小时内报告市城管局；".

Why: dropping the case turns a conditional duty into an unconditional one. `aligned.problems` holds
a clause to the conditions of the statement it restates, but only once the clause aligns with a
statement; a short clause whose words are mostly a figure and a body (2小时, 市城管局) chooses none,
and the support test then finds the item's words. And in a list of duties (branch alarmsing) only a
clause that states a case (…的) is a condition of what follows it: that is this construction.

Read here: every sentence of an item of the named passages (else of the document) that opens with a case (its
clauses up to the first one ending in 的, a list's lead 下列…之一的 aside) and goes on with what
follows it. The draft's sentence restates what follows when most of its character pairs (its
references, modal words and connectives aside) are there (with the lead line the item stands under,
which names who must act; half of them in what follows itself, which is no exception 但…除外),
clearly more than in the case. A sentence with a case of its own (…的，, 如果, 这种情形) is left to
other readings. When the draft and the question say too
little of the case (MIN_KEPT of its pairs), the sentence drops it. Without a named passage the
statement must be the one the sentence restates best, and no clause elsewhere that opens with no
case may say it about as well (the same duty may be stated unconditionally there).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import case_by_items as oldreg_CBI
from . import classed_case as g16alarm_CC
from .duty_items import lead_in
from .situation_anaphor import _ANAPHOR
from .sources import SourceText, bare, bigrams

RESTATES = 0.7            # share of the sentence's pairs in what follows the case (with the lead)
OWN = 0.5                 # of them in what follows the case itself (not the lead alone)
MIN_KEPT = 0.3            # share of the case's pairs the draft and the question must say
ALTERNATIVE = 0.5         # share of one alternative of the case (故障或者停运) that says it
AS_WELL = 0.1             # how close a clause elsewhere may come
_REF = re.compile(r"(?:根据|依据|依照|按照?)?(?:《[^》]*》|本办法|本规定|本细则|本条例)?(?:第[零一二两三四五六七八九十百\d]+条)"
                  r"(?:第[零一二两三四五六七八九十百\d]+款)?(?:第?[（(][一二三四五六七八九十\d]+[)）]项?)?(?:的?规定)?")
_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十\d]+[)）]")
_FILLER = re.compile(r"应当|应|必须|需要|要|并且|并|及时|立即|的|了|在|和|与|及|或者|或")
_LEAD = re.compile(r"下列|以下|之一")
_SENT = re.compile(r"[。；;\n]")
_CLAUSE = re.compile(r"[，,：:]")
_EXCEPTION = re.compile(r"^\s*但|除外")
_CASE_TALK = re.compile(r"如果|若|一旦|时[，,]|的情况下|情形下")


def _pairs(text: str) -> frozenset[str]:
    return bigrams(_FILLER.sub("", _REF.sub("", text)))


def _share(mine: frozenset[str], have: frozenset[str]) -> float:
    return len(mine & have) / len(mine) if mine else 0.0


@lru_cache(maxsize=64)
def _statements(passages: tuple[SourceText, ...], whole: tuple[SourceText, ...]) -> list[tuple[str, str, str, str]]:
    """(case, what follows it, the lead line above, the statement) of the passages (an item read
    from a passage of its own takes its lead from the article in `whole`)."""
    out = []
    for p in passages:
        lead = lead_in(p.text, p.article, whole) if _ITEM.match(p.text) else ""
        for line in p.text.splitlines():
            if not line.strip():
                continue
            if not _ITEM.match(line):
                lead = line
            body = _ITEM.sub("", line)
            if not _ITEM.match(line):
                continue                  # (only the items of a list: a paragraph's case is aligned's)
            for s in _SENT.split(body):
                parts = [c for c in _CLAUSE.split(s) if bare(c)]
                k = next((i for i, c in enumerate(parts[:-1]) if c.strip().endswith("的")), None)
                if k is None or any(_LEAD.search(c) for c in parts[:k + 1]):
                    continue
                out.append(("，".join(parts[:k + 1]), "，".join(parts[k + 1:]),
                            lead if _ITEM.match(line) else "", s))
    return out


@lru_cache(maxsize=64)
def _uncased(whole: tuple[SourceText, ...]) -> list[tuple[str, frozenset[str]]]:
    """The document's clauses that open with no case, with their pairs."""
    return [(c, _pairs(c)) for p in whole for line in p.text.splitlines() for c in _SENT.split(_ITEM.sub("", line))
            if bare(c) and not any(x.strip().endswith("的") for x in _CLAUSE.split(c)[:-1])]


def problems(sentence: str, named: list[SourceText], whole: list[SourceText], said: str) -> list[str]:
    """The sentence restates what follows a case and the draft never says the case."""
    if _CASE_TALK.search(sentence) or re.search(r"的[，,]", sentence) or _ANAPHOR.search(sentence):
        return []                         # (a case of its own: other readings hold it)
    mine = _pairs(sentence)
    if len(mine) < 4:
        return []
    stated = _statements(tuple(named or whole), tuple(whole))
    scored = sorted(((_share(mine, _pairs(then + lead)), case, then, s) for case, then, lead, s in stated
                     if not _EXCEPTION.search(then) and _share(mine, _pairs(then)) >= OWN),
                    key=lambda t: -t[0])
    if not scored or scored[0][0] < RESTATES:
        return []
    best, case, then, s = scored[0]
    if _share(mine, _pairs(case)) >= best:
        return []
    if not named:
        if any(_share(mine, g) >= best - AS_WELL for c, g in _uncased(tuple(whole)) if c not in s):
            return []
    have = bigrams(bare(_FILLER.sub("", said)))
    if _share(_pairs(case), have) >= MIN_KEPT or any(
            _share(_pairs(alt), have) >= ALTERNATIVE for alt in re.split(r"或者|或|、", case) if _pairs(alt)) \
            or g16alarm_CC.said(case, said) \
            or oldreg_CBI.said(case, said):       # (a case stated by items, one named: case_by_items.py)
        return []                         # (the case, or one of its alternatives, is said)
    return [f"略去了原文的条件“{case}”（原文：{s}）"]
