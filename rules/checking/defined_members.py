"""Members said to fall under a term the text defines: "第二条把街道党政领导成员和社区党政领导成员都
列为本规定所称党政领导干部", "街道和社区的党政领导成员都属于本规定所称的党政领导干部" (branch `r22miss`).

A definition (本规定所称X，是指A，B，…，C) closes what X covers. A draft that names the members
first and puts them under X with a predicate after them (都列为 / 都属于 / 都算 / 均视为 … X) adds a
member the list lacks (社区) while every other word is the article's, so the support test passed
it; `members.py` reads only a list that comes after its lead (包括 / 是指 / 所称). Read here: the
members are the conjuncts before the predicate (after 把 / 将 when the sentence has one, else the
clause's start), the term after it must be one the held articles (else the document) define with
所称 … 是指 / 指; each member is held to the definition's words as `members.py` holds a conjunct: two
new content characters in a row (in no character pair of the definition), or a first character
the definition has nowhere (居委会 where it has 管委会), name a member it lacks.
A conjunct carrying only part of a shared head (街道和社区的党政领导成员) is read as it stands; a
negated predicate (不属于) is another claim, left to the other readings.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from . import members as MB
from .sources import bare, bigrams

_CHEAP = re.compile(r"所称|所说|所指|列为|属于|算作|视为|归为|归入|纳入|都是|均为|均是")
# the predicate that puts what comes before it under the term after it
_PUT = re.compile(r"(?P<adv>都|均|也|同样|一并|全部|全都)?(?:被|给)?"
                  r"(?P<verb>列为|列入|归为|归入|算作|算|属于|是|为|纳入|视为|认定为|当作)(?:了)?"
                  r"(?P<scope>(?:本|该|这部|这个|此)?(?:规定|办法|条例|细则|决定)?(?:里|中)?)"
                  r"(?:所称|所说|所指|规定|定义)?的?(?P<term>[\u4e00-\u9fff]{2,12})")
# a definition: 本规定所称X，是指L / X，是指L (the whole sentence after 是指 is its list)
_DEFINED = re.compile(r"所称(?:的)?[“\"]?(?P<term>[\u4e00-\u9fff]{2,12})[”\"]?[，,]?(?:是指|指的是|指)(?P<list>[^。]+)")
_NEGATED = re.compile(r"[不没未非]|除")
# (r23miss) a bare 属于 / 算 before the text's own defining words (X属于本规定所称Y) places X in
# the definition's list, as 都属于 does: the case is the defined term itself, not a class named freely
_SO_CALLED = re.compile(r"所称|所说|所指")
_LEAD = re.compile(r"^.*?(?:把|将)")
MIN_NEW = MB.MIN_NEW


def may_concern(text: str) -> bool:
    return bool(_CHEAP.search(text))


def _definitions(texts: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for t in texts:
        for m in _DEFINED.finditer(t):
            out.setdefault(m.group("term"), m.group("list"))
    return out


def problems(sentence: str, held: list[tuple[int | None, str]], document: Iterable[str],
             same: Callable[[str, str], list[tuple[int, int]]] | None = None) -> list[str]:
    """Why the sentence puts under a defined term a member its definition does not list."""
    defined = _definitions(t for _, t in held) or _definitions(document)
    if not defined:
        return []
    for clause in re.split(r"[，,。；;！!？?]", sentence):
        for m in _PUT.finditer(clause):
            term = next((t for t in defined if m.group("term").startswith(t)), None)
            if term is None:
                continue
            if m.group("verb") in ("是", "为", "算", "属于") and not m.group("adv") and \
                    not (m.group("verb") in ("算", "属于") and _SO_CALLED.search(m.group(0))):
                continue            # (a bare 是 / 属于 places one case, 您的事项属于重大投诉; a listing says 都 / 列为)
            said = clause[:m.start()]
            if re.search(r"[不没未非无]", said) or _NEGATED.search(m.group(0)[:1]):
                continue            # (没有把X列为…: a denial, another claim)
            said = _LEAD.sub("", said)
            said = re.sub(r"第[零一二两三四五六七八九十百\d]+条(?:第[零一二两三四五六七八九十\d]+款)?", "", said)
            said = re.sub(r"^(?:按照|按|依照|根据|依据)?(?:规定)?", "", said)
            # (a connective that opens the clause joins it to the one before, no member's word)
            said = re.sub(r"^(?:所以|因此|因而|故而|于是|那么|可见|也就是说|换句话说|这样|同时|另外|此外|而且|并且|即)", "", said)
            if not bare(said) or _NEGATED.search(said):
                continue
            listed = defined[term]
            have = bigrams(listed)
            for member in MB._JOIN.split(said):
                if not bare(member):
                    continue
                run = MB._new_run(member, have, (lambda t: same(t, listed)) if same else None)
                head = bare(MB._EMPTY.sub("", member))[:1]
                if len(run) >= MIN_NEW and not MB.abbreviates(run, member, listed) or \
                        head and head not in bare(listed) and \
                        not (same and any(i == 0 for i, _ in same(bare(MB._EMPTY.sub("", member)), listed))):
                    # (a member whose first character the definition has nowhere: 居委会 beside the
                    # definition's 管委会, one new character, but the one that names it)
                    shown = listed if len(listed) <= 40 else listed[:40] + "…"
                    return [f"所称{term}是指“{shown}”，没有“{bare(member)}”"]
    return []
