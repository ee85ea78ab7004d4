"""A predicate of one party said of another party the same article gives a predicate of its own
(branch `g15miss`).

"国有林场和其他森林经营单位对本辖区森林防火工作负属地责任" where the article says "乡镇人民政府对本辖区
森林防火工作负属地责任。国有林场和其他森林经营单位对其经营范围内的森林防火工作负主体责任": an article
that gives parallel statements each opening with its party (S + 对… / 负责… / 负… / 应当…) holds every
word of a sentence that swaps the parties, so the support test passes it, and a reading that aligns
the whole clause with a statement lets the party's own words carry it to that party's statement.
Read here: the sentence's clause is cut into its party (the words before the first 对 / 负责 / 负 /
应当 / 可以 / 不得) and its predicate; the predicate is aligned with the predicates of the held
articles' statements, cut the same way. When one statement's predicate holds it clearly (SHARE of
its content pairs, and MARGIN more than the statement of the sentence's own party), that
statement's party shares no content pair with the sentence's, and the sentence's party is the
party of another statement of the same article, the predicate was moved between parties. A
sentence whose party opens no statement of the article, or whose predicate no statement holds
clearly, is left to the other readings.
"""
from __future__ import annotations

import re

from .one_clause import _content
from .sources import bigrams, squash

_CUT = re.compile(r"[，,。；;\n]")
_PARTY = re.compile(r"^([\u4e00-\u9fff、]{2,24}?)(?=对|负责|负|应当|可以|不得)")
_LEAD = re.compile(r"^.*[：:]")
# a clause that goes on from the one before (并负责…, 也应当…) opens with no party of its own
_NO_PARTY = re.compile(r"^(?:并|且|而|也|还|同时|但|另|又|均|都)|负责|对|应当|可以|不得")
_ADVERBS = re.compile(r"(?:只|仅|直接|都|均|也|还|就|则|一律|统一|具体|另外)+$")
SHARE = 0.7
MARGIN = 0.2


def _statements(text: str) -> list[tuple[str, frozenset[str]]]:
    """The statements of an article that open with a party: (party, the predicate's content pairs)."""
    out = []
    for part in _CUT.split(squash(text)):
        part = re.sub(r"^第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?", "", part)
        m = _PARTY.match(part)
        if m and not _NO_PARTY.search(m.group(1)):
            out.append((m.group(1), frozenset(_content(bigrams(part[m.end():])))))
    return out


def _same(a: str, b: str) -> bool:
    return bool(_content(bigrams(a)) & _content(bigrams(b)))


def _names(party: str, who: str) -> bool:
    """The sentence's party is that statement's: at least half of its content pairs are there."""
    theirs = _content(bigrams(who))
    return bool(theirs) and 2 * len(theirs & _content(bigrams(party))) >= len(theirs)


def may_concern(sentence: str) -> bool:
    return bool(re.search(r"对|负责|负|应当|可以|不得", sentence))


def problems(sentence: str, articles: list[tuple[int | None, str]]) -> list[str]:
    """The clause whose predicate is another party's in the held article (empty when none is clear)."""
    for clause in _CUT.split(_LEAD.sub("", squash(sentence))):
        m = _PARTY.match(clause)
        if not m or _NO_PARTY.search(m.group(1)):
            continue
        party, said = _ADVERBS.sub("", m.group(1)), _content(bigrams(clause[m.end():]))
        if len(said) < 4:
            continue
        for _, text in articles:
            stated = _statements(text)
            if len(stated) < 2:
                continue
            scored = sorted(((len(said & pred) / len(said), who) for who, pred in stated), key=lambda x: -x[0])
            best, who = scored[0]
            if best < SHARE or _same(party, who):
                continue
            own = [s for s, w in scored if _names(party, w)]
            if not own or max(own) > best - MARGIN:
                continue
            return [f"原文是“{who}”{clause[m.end():][:16]}…，不是“{party}”"]
    return []
