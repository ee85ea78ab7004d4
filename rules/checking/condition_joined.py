"""A condition too short to choose its statement, read with the consequence said after it:
"逾期提出的，视为放弃" where the text says "逾期未提出的，视为放弃".

`aligned` holds each clause of a sentence to the statement it restates, and a clause with fewer
than three content pairs of its own (逾期提出的: 提 and 的 are function words) chooses none. Its
consequence (视为放弃) was then read with the clause before it, which no longer restated anything,
so neither clause was held to the statement, and a condition whose polarity was flipped (逾期提出的
for 逾期未提出的) passed on the sentence's overall share of words. A condition (…的) and the
clause after it form one rule of the text ("X的，Y"), so the condition is read with its
consequence: the statement the two restate together (at JOINED of their joint pairs, the joint
clause having enough pairs to choose) is the condition's, and its negations, figures and bodies
are then held to that statement like any clause's. Nothing is verified here: a clause that
finds its statement this way is only checked more."""
from __future__ import annotations

from . import aligned as AL
from .sources import bigrams

JOINED = 0.7              # share of the joint pairs the statement must hold (as IG3_JOINED)
MIN_PAIRS = 4             # joint content pairs needed to choose a statement
SHORT = 3                 # a clause with fewer content pairs cannot choose alone (as in `aligned`)


def joined(clause: str, following: str, bodies: list[str], units: list["AL.Statement"],
           articles: set = frozenset()) -> tuple["AL.Statement", float] | None:
    """(the statement "clause，following" restates, its share), for a condition clause (…的) too
    short to choose alone (and without a figure); None otherwise. Of statements that tie, the one in `articles` (those
    the sentence and its clause before restate) is chosen."""
    if not clause.endswith("的") or not following or AL._FIGURE.search(clause) or \
            len(AL._pairs(AL._stripped(clause, bodies))) >= SHORT:
        return None               # (a clause that could choose alone and did not restates nothing)
    # (word pairs as the statement's are counted, function characters kept: 逾期提出的 is four pairs)
    both = {g for c in (clause, following) for g in bigrams(AL._stripped(c, bodies)) if "|" not in g}
    if len(both) < MIN_PAIRS:
        return None
    # (a statement that refers to 前款 is chosen by its own words, as in `aligned`)
    scored = [(AL._share(both, u.own if u.previous else u.grams), u) for u in units]
    top = max((s for s, _ in scored), default=0.0)
    holders = [u for s, u in scored if s == top]
    # (the same rule said in two articles, 逾期未提出的，视为放弃 of 陈述 and of 听证: the one the
    # sentence restates)
    holders = [u for u in holders if u.article in articles] if len(holders) > 1 else holders
    if top < JOINED or len(holders) != 1:
        return None               # (none, or several statements tie: the clause stays unchosen)
    unit = holders[0]
    # the condition's own words must be the statement's own (half of them, in its words: not in
    # the lead or the provision an item is read with, 委托 of the 第7条 an item cites)
    own = {g for g in bigrams(AL._stripped(clause, bodies)) if "|" not in g}
    if not own or AL._share(own, bigrams(unit.text)) < 0.5:
        return None
    return unit, top
