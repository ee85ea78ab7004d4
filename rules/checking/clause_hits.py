"""The statement each clause of a sentence restates, for the readers that hold a clause to more
than `aligned` does (figure units, parallel parts, short tails, universals, special cases).

The alignment is `aligned`'s own (the clause's words, its figures, bodies and polarity words left
out, against each statement of the passages the sentence names, else of its document), so these
readers see the statement the clause was already held to; kept for the last sentences read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import aligned as AL
from .sources import SourceText, bare


@dataclass(frozen=True)
class Hit:
    index: int                 # the clause's place in the sentence
    clause: str
    unit: AL.Statement
    share: float


@dataclass(frozen=True)
class Read:
    clauses: list[str]
    hits: dict[int, Hit]
    units: list[AL.Statement]          # the statements the clauses were aligned with
    everything: list[AL.Statement]     # every statement of the document
    doc_text: str


_CACHE: dict[tuple, Read] = {}


def read(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> Read:
    """The clauses of the sentence (its references taken out) and the statement each restates."""
    # (keyed by the statements read, which are one object for one reading (AL.statements): two
    # source sets may hold one id with another text, or give one reference another text, and a
    # cached reading must not cross them; the kept Read holds its statements, so their ids stay theirs)
    units = AL.statements(passages or whole, referred)
    everything = AL.statements(whole, referred)
    key = (sentence, id(units), id(everything))
    kept = _CACHE.get(key)
    if kept is not None and kept.units is units and kept.everything is everything:
        return kept
    if len(_CACHE) > 256:
        _CACHE.clear()
    doc_text = "\n".join(p.text for p in whole)
    defined = AL.bodies_of([p.text for p in whole])
    clauses = AL._clauses(AL._REFS.sub("", sentence))
    hits: dict[int, Hit] = {}
    whole_said = AL._pairs(AL._stripped(_unitless(AL._REFS.sub("", sentence)), []))
    for i, clause in enumerate(clauses):
        # (a figure's unit chooses no statement either: 15个工作日 is held to the statement of 15日)
        plain = _unitless(clause)
        hit = _aligned(plain, units, AL._bodies(clause, doc_text, defined), whole_said - AL._pairs(plain))
        if hit is not None:
            hits[i] = Hit(i, clause, hit[0], hit[1])
    out = Read(clauses, hits, units, everything, doc_text)
    _CACHE[key] = out
    return out


def words(text: str) -> set[str]:
    """A text's content pairs, none across a word taken out (a body, a figure, a polarity word)."""
    return {g for g in AL._pairs(text) if "|" not in g}


def _aligned(clause: str, units: list[AL.Statement], bodies: list[str], context: set[str]):
    """`aligned`'s choice of statement, counting only the clause's own pairs (none across a body
    or figure taken out: 应当向…部门申请复核 is 申请复核, not four pairs more that no text has)."""
    mine = words(AL._stripped(clause, bodies))
    if len(mine) < 3 or not units:
        return None
    scored = sorted(((AL._share(mine, _grams(u)), u) for u in units),
                    key=lambda t: -(t[0] + AL.CONTEXT * AL._share(context, t[1].own)
                                    + AL.WORDING_TIE * AL._run_share(clause, t[1].text)))   # (a tie: g16alarm)
    if scored[0][0] < AL.MIN_ALIGN:
        return None
    return scored[0][1], scored[0][0]


_GRAMS: dict[str, frozenset] = {}


def _grams(unit: AL.Statement) -> frozenset:
    """A statement's pairs, and those it has with its function words out as the clause's are
    (g15alarm: "2年内不得再被聘用为护林员" has 聘用 next to 护林员 once 再被 and 为 are out, as the
    clause restating it does; held to the statement's raw pairs only, it went to another article
    where 聘用护林员 stands together)."""
    got = _GRAMS.get(unit.read)
    if got is None:
        if len(_GRAMS) > 4096:
            _GRAMS.clear()
        text = unit.text if unit.previous else unit.read     # (chosen by its own words: aligned)
        got = _GRAMS[unit.read] = (unit.own if unit.previous else unit.grams) | frozenset(AL._pairs(text))
    return got


def _unitless(text: str) -> str:
    """The text without its figures and the units after them."""
    from .figure_units import _units, unit_after

    out, last = [], 0
    for m in re.finditer(r"\d+(?:\.\d+)?%?", text):
        end = m.end()
        for word, _ in _units():
            if text.startswith(word, end) and unit_after(text, end) is not None:
                end += len(word)
                break
        out.append(text[last:m.start()] + "|")
        last = end
    return "".join(out) + text[last:]


def parts(text: str) -> list[str]:
    """A statement's parts: its clauses cut at commas (a table row's also at its cells: the case
    隐患未按期整改 and the figure 每处2分 are two parts, g15alarm)."""
    return [x for c in AL._clauses(text) for x in c.split("|") if bare(x)]
