"""A run of terms said first as the topic of a clause about the list (branch r12alarmA).

Two constructions of a sentence about what an article lists, where the terms stand apart from
the verb that places them:

- the run is the topic and the clause after the comma denies them all a place, with a
  distributive adverb: "停职检查、引咎辞职……这五种，该款都没有列进去" — each term of the run is
  denied exactly as "停职检查没有列在该款里" would deny it, so a term the passage does list fails;
- a count of the rest after one member was named: "通报批评属于……四种方式之一（另外三种是训诫、…）"
  — 另外N种 counts the list less the members named before it, so it must be the list's size
  minus those members (and the members after it, when they are given, must be that many).

Both only say how a term or a count relates to the list; whether each term is in the passage is
still decided by the caller against the passage's text.
"""
from __future__ import annotations

import re

from ..references import cn_int

# what may close a run of terms before the comma: 这五种, 这些方式, 以上几种
_RUN_TAIL = re.compile(r"[、和及与]*(?:这|这些|以上|上述|共)?(?:[一二两三四五六七八九十\d几]+(?:种|项|个))?"
                       r"(?:问责)?(?:方式|措施)?")
# the clause after the comma: a short subject (该款, 第十条第二款, 条文), a distributive adverb,
# then a denial of a place in the list
_ALL_DENIED = re.compile(r"^[^，,；;。]{0,10}?(?:都|均|全都|全|一概|一律)(?:没有|没|未|不曾|并未)(?:被)?"
                         r"(?:列|写|提|包括|点名|收)")
# (r17alarm) the same clause without the adverb: a short subject, then a denial of a mention
_ONE_DENIED = re.compile(r"^[^，,；;。]{0,10}?(?:没有|没|未|不曾|并未)(?:被)?(?:列|写|提|包括|点名|收)[^，,；;。]{0,4}[。]?$")
# 另外三种 / 其余两种 / 剩下的三项: a count of the rest of a list
_REST = re.compile(r"(?:另外|其余|其他|剩下的?|余下的?)(?:的)?$")


def topic_denied(sentence: str, end: int, spans: list[tuple[int, int]]) -> bool:
    """The term ending at `end` is in a run of terms (`spans`, the sentence's term spans) that
    ends its clause, and the clause after it denies the whole run a place with 都/均."""
    comma = re.search(r"[，,]", sentence[end:])
    if not comma:
        return False
    stop = end + comma.start()
    gap, pos = [], end
    for s, e in sorted(spans):
        if s >= end and e <= stop:
            gap.append(sentence[pos:s])
            pos = e
    gap.append(sentence[pos:stop])
    if any(not re.fullmatch(r"[、和及与]?", g) for g in gap[:-1]) or not _RUN_TAIL.fullmatch(gap[-1]):
        return False
    # (g21alarm) a term named in the clause after the comma is its subject, and the denial is that
    # term's: "训诫、…这四种，停职检查没有列进去" denies 停职检查 alone
    after = _ALL_DENIED.match(sentence[stop + 1:]) or _ONE_DENIED.match(sentence[stop + 1:])
    if after and any(stop < s0 < stop + 1 + after.end() for s0, _ in spans):
        return False
    if _ALL_DENIED.match(sentence[stop + 1:]):
        return True
    # (r17alarm) "这五种，那一款没有提到": a run closed by 这 and its own count is one group, denied
    # whole without 都; the count must be the run's length
    counted = re.search(r"这([一二两三四五六七八九十\d]+)(?:种|项|个)", gap[-1])
    if counted is None or not _ONE_DENIED.match(sentence[stop + 1:]):
        return False
    run = sorted((s0, e0) for s0, e0 in spans if e0 <= stop)
    n, pos = 0, stop - len(gap[-1])
    for s0, e0 in reversed(run):
        if e0 != pos and not re.fullmatch(r"[、和及与]", sentence[e0:pos]):
            break
        n, pos = n + 1, s0
    try:
        return n == cn_int(counted.group(1))
    except ValueError:
        return False


def rest_count(sentence: str, at: int, spans: list[tuple[int, int]]) -> int | None:
    """For a count at `at` said of the rest of a list (另外三种), how many members the sentence
    named before it (the count must be the list's size less these); None for any other count."""
    if not _REST.search(sentence[:at]):
        return None
    return len({sentence[s:e] for s, e in spans if e <= at})


def rest_named(sentence: str, at: int, spans: list[tuple[int, int]]) -> int:
    """How many terms the rest's own clause names after the count (0 when it names none)."""
    stop = re.search(r"[）)，,；;。]", sentence[at:])
    end = at + stop.start() if stop else len(sentence)
    return len({sentence[s:e] for s, e in spans if s >= at and e <= end})
