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
