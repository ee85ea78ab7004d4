"""A predicate said of quoted terms (“不满”“超过”包括本数) held to the clause of the text that says it
of those same terms, with its polarity.

A short quoted term ("“不满”", "“以上”") is commonly taken out of a sentence as mere wording before
the sentence is aligned with the text. When the term is the subject of a claim, that loses it: what
is left ("包括本数") then aligns with another clause of the text that says the same predicate of
other terms ("“以上”“以下”包括本数") and the claim passes with its negation dropped or added. Here
each such clause is read with its subject: the quoted terms directly before the predicate (a 都 /
均 / 也 between allowed). For each term, a clause of the text where the term stands directly before
the same predicate words (only other quoted terms, 、/和/与/及 and a negation between) gives the
text's polarity; the claim fails when the two differ. A term the text never pairs with the
predicate that way is left to the other checks (nothing is decided from absence here).
"""
from __future__ import annotations

import re

from .sources import SourceText, bare

_QUOTE = r"[“\"「]([^”\"」]{1,12})[”\"」]"
# the quoted subject: a run of quoted terms, joined by nothing or by 、和与及, then the predicate
_SUBJECT = re.compile(rf"((?:{_QUOTE}\s*(?:、|和|与|及|以及)?\s*)+)(?:都|均|也|全都)?(?P<pred>[^“\"「”\"」]*)$")
_NEG = re.compile(r"^(?:不|没有|没|未|无|非)")
_BETWEEN = re.compile(rf"(?:{_QUOTE}|[、和与及\s]|以及|都|均|也|全都)*(?P<neg>不|没有|没|未|无|非)?$")


def _claims(sentence: str) -> list[tuple[list[str], bool, str]]:
    """(the quoted terms, whether the predicate is negated, the predicate's core words) of each
    clause of the sentence whose subject is quoted terms."""
    out = []
    for clause in re.split(r"[，,；;。！!？?\n]", sentence):
        m = _SUBJECT.search(clause)
        if not m:
            continue
        terms = re.findall(_QUOTE, m.group(1))
        pred = bare(m.group("pred"))
        negated = bool(_NEG.match(pred))
        core = _NEG.sub("", pred)[:4]
        if terms and len(core) >= 2:
            out.append((terms, negated, core))
    return out


def _text_polarity(term: str, core: str, texts: list[str]) -> set[bool]:
    """The polarities the texts give `core` said of the quoted `term` (empty when none says it)."""
    seen: set[bool] = set()
    for text in texts:
        for part in re.split(r"[，,；;。！!？?\n]", text):
            for m in re.finditer(rf"[“\"「]{re.escape(term)}[”\"」]", part):
                at = part.find(core, m.end())
                if at < 0:
                    continue
                gap = _BETWEEN.fullmatch(part[m.end():at])
                if gap:
                    seen.add(gap.group("neg") is not None)
    return seen


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    """Why a predicate the sentence says of quoted terms has the opposite polarity in the text."""
    if "“" not in sentence and "「" not in sentence and '"' not in sentence:
        return []
    texts = [p.text for p in (passages or whole)]
    for terms, negated, core in _claims(sentence):
        for term in terms:
            said = _text_polarity(term, core, texts)
            if said and negated not in said:
                return [f"原文说“{term}”{'不' if not negated else ''}{core}，与所说的肯定与否定相反"]
    return []
