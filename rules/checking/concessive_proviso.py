"""A concession that denies the text's proviso: "这类灾害以后即使纳入隐患点数据库管理，也还是按突发事件应对的
规定处理" where the text says "…不适用本办法；但是，…应急处置结束后已纳入隐患点数据库管理的，其后续防治中的
责任追究适用本办法" (branch `g21miss`).

即使 / 即便 / 哪怕 / 就算 C，也 / 仍 / 还是 R says R holds even in case C. When C is the case of a
proviso of the text (但是 / 但 + its case …的，+ what holds then), the text gives that case its own
rule, and a concession that says something else of it (the main rule the proviso excepts it from)
turns the proviso round. The sentence's case is that proviso's when most of its content pairs are
the proviso case's; what it says then must share the proviso's own consequence (its content pairs,
at least half of the smaller), else it is not the text's. A concession whose case is no proviso's
is left to the other readings.
"""
from __future__ import annotations

import re

from .sources import bare

_CONCEDED = re.compile(r"(?:即使|即便|哪怕|就算|纵使|纵然)(?P<case>[^，,。；;]{4,40})[，,]\s*(?:也|仍然|仍|还是|依然|照样|照旧)+"
                       r"(?P<then>[^。；;]{4,})")
_PROVISO = re.compile(r"但(?:是)?[，,]?(?P<case>[^。；;，,]{4,60}?的)[，,](?P<then>[^。；;]+)")
_FUNCTION = set("的了是在和与及也都就而则所其这那个些对于为被把将还按照")


def _pairs(text: str) -> set[str]:
    b = bare(text)
    return {b[i:i + 2] for i in range(len(b) - 1) if not set(b[i:i + 2]) & _FUNCTION}


def problem(sentence: str, document: str) -> str | None:
    """Why the sentence's concession says of a proviso's case what the proviso does not; else None."""
    for m in _CONCEDED.finditer(sentence):
        case, then = _pairs(m.group("case")), _pairs(m.group("then"))
        if len(case) < 3 or not then:
            continue
        for p in _PROVISO.finditer(document):
            pcase, pthen = _pairs(p.group("case")), _pairs(p.group("then"))
            if len(case & pcase) < 0.7 * len(case):
                continue
            if len(then & pthen) >= 0.5 * min(len(then), len(pthen)):
                continue                  # the proviso's own consequence, said of its case
            return f"原文对这种情形另有规定：“{p.group(0)[:60]}”"
    return None
