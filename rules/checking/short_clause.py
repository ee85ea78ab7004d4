"""A clause too short to choose a statement of its own, read with the article the clause before it
restates (branch reg5).

`aligned` holds each clause of a sentence to the statement it restates, but a short clause
(可以延长三十日, 也一并适用, 我们可以拒绝) has too few words of its own to choose one, and was left
to the support test, which finds its figure or its verb *somewhere* in the document: "情况复杂的，
经…批准，可以延长三十日" passed where the article says 十五日 (三十日 is the figure of the
statement before it), and "由国家调查机构…的统计违法行为，也一并适用本办法" passed where the
article says 不适用. Such a clause continues what the clause before it says, so it is read within
the article that clause restates:
- with the statement of that article that holds at least half of its own words (拒绝 in 不得拒绝、
  阻碍; 延长 in 可以延长十五日), the one the clause before restates preferred; or
- with the statement the clause before restates, when the two clauses together restate it (at
  `JOINED`) and it holds at least one word of the short clause (适用 in 不适用本办法).
Its words are then held to that statement like any clause's: its figures, its negation, its
modality. Personal pronouns (我们, 您) are no words of a statement.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import aligned as AL
from . import figure_tier as reg7alarm_tier
from .sources import bigrams

MOST_PAIRS = 4            # a clause with more words of its own chooses its statement itself
OWN = 0.5                 # share of the short clause's own words a statement of the article must hold
JOINED = 0.6              # share of both clauses' words the statement the clause before restates must hold
_PRONOUN = re.compile(r"[我你您他她它咱]们?")


def _own(clause: str, bodies: list[str]) -> set[str]:
    """The clause's own content pairs: none across a word taken out (a body, a figure, a polarity
    or modal word), pronouns left out."""
    return {g for g in AL._pairs(_PRONOUN.sub("|", AL._stripped(clause, bodies))) if "|" not in g}


def joined(clause: str, bodies: list[str], before: tuple["AL.Statement", str],
           units: list["AL.Statement"]) -> tuple["AL.Statement", float] | None:
    """(the statement the short clause is read with, the share it restates it at), or None when
    the clause is not short or no statement of that article holds its words."""
    own = _own(clause, bodies)
    if not own or len(own) > MOST_PAIRS or clause.endswith("的"):
        return None            # (a condition, …的, is said of what follows it, not of what precedes)
    unit, said = before
    if unit.article is None:
        return None
    same = [u for u in units if u.article == unit.article]
    # (the statement of that article that holds most of the clause's words, the one the clause
    # before restates among equals; a word several other statements hold, 期限, chooses none)
    top = max(AL._share(own, u.own) for u in same)
    holders = [u for u in same if AL._share(own, u.own) == top]
    best = unit if unit in holders else holders[0] if len(holders) == 1 else None
    # (of tiers that tie on words, the one holding the clause's figures with their bounds: reg7alarm)
    tiered = [u for u in holders if reg7alarm_tier.holds_tier(clause, u.text)]
    best = tiered[0] if len(tiered) == 1 else best
    together = words(clause, bodies, said)
    if best is not None and top >= OWN:
        return _part(best, own, clause), max(top, AL._share(together, best.grams))
    both = AL._share(together, unit.grams)
    if own & unit.own and both >= JOINED:
        return _part(unit, own, clause), both
    return None


def _part(unit: "AL.Statement", own: set[str], clause: str) -> "AL.Statement":
    """The statement cut to the parts (between its commas) that hold the short clause's words, and
    those that hold its figures: what the clause is held to (可以延长十五日, not the condition
    情况复杂的 before it, whose negation the clause before said)."""
    figures = AL._FIGURE.findall(clause)
    parts = [c.strip() for c in AL._clauses(unit.text)
             if own & bigrams(c) or any(re.search(rf"(?<![\d.]){re.escape(f)}(?![\d])", c) for f in figures)]
    return replace(unit, text="，".join(parts)) if parts else unit


def words(clause: str, bodies: list[str], said: str) -> set[str]:
    """The words of the short clause and of the clause before it, each clause's own pairs (none
    across their boundary or a word taken out): what the two restate together."""
    return _own(clause, bodies) | _own(said, bodies)
