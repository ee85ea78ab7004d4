"""A proviso is part of the statement it qualifies: "涉及国家秘密……的交易项目，不适用本办法；但是，
其交易结果应当依照本办法第二十九条的规定备案。"

`aligned` cuts the text's statements at ；, so the proviso after ；但是 stands as a statement of its
own. A draft that says the rule and its proviso in one sentence ("……不适用本办法，不过这类项目的
交易结果还是要……备案") then looked like a consequence taken from "another place". The statement
that opens with 但是 (但, 但书) right after the one the clause restates, in the same article and
the same line of the text, is that statement's own proviso: saying it after the rule moves nothing.
Any other statement still counts as another place.
"""
from __future__ import annotations

import re

_PROVISO = re.compile(r"^\s*但(?:是)?[，,]?")


def own_proviso(unit, other, units: list) -> bool:
    """Whether `other` is the proviso that follows `unit` in the text (the next statement of the
    same article, opening with 但是)."""
    if other is None or unit.article is None or other.article != unit.article or unit.item != other.item:
        return False
    at = [i for i, u in enumerate(units) if u is unit]
    return bool(at) and at[0] + 1 < len(units) and units[at[0] + 1] is other and bool(_PROVISO.match(other.text))


def own_sequel(unit, other, units: list, first_share: float, doc_text: str) -> bool:
    """Whether `other` is the sentence that follows `unit` in the same paragraph, said after the
    consequence of `unit` that the draft restates first ("举报经查证属实的，市城管局可以给予奖励，
    具体奖励办法由市城管局另行制定", where the text ends the first sentence before 具体奖励办法):
    the draft runs two sentences of one paragraph together in their order, and moves nothing
    (branch wcalarm). `first_share`: the share of the first clause after the condition that
    `unit` holds; it must restate `unit` (half of its pairs), or the condition was given the other's
    consequence."""
    if other is None or unit.article is None or other.article != unit.article or first_share < 0.5:
        return False
    at = [i for i, u in enumerate(units) if u is unit]
    if not at or at[0] + 1 >= len(units) or units[at[0] + 1] is not other:
        return False
    return any(unit.text in line and other.text in line and line.find(unit.text) < line.find(other.text)
               for line in doc_text.splitlines())
