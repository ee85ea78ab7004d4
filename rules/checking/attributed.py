"""A sentence that only says where what came before comes from: "出处是第十一条", "以上依据见第十三条".
It names articles and asserts that the sentences above rest on them; read alone it has no words
of those articles, and the support test found nothing. It is held to what the draft's earlier
sentences were verified by (the rule rows, by their ids, and the passages, by their labels): true
when every article it names is among those, false when one is not (the table above rests on
第十一条, not 第十二条). With nothing verified before it, it is left to the other readings."""
from __future__ import annotations

import re

from ..references import find_refs
from ..schema import RuleBook

_NUM = r"[零一二两三四五六七八九十百\d]+"
_SOURCE_OF = re.compile(r"^(?:以上|上述|上面|这些|这|其)?(?:的)?(?:内容|规定|划分|说法|分工|表格|表)?的?"
                        r"(?:出处|依据|来源|法条依据|条文依据)(?:都|均)?(?:是|在|为|见|[：:])?(?:于)?"
                        rf"(?P<refs>(?:《[^》]+》)?第{_NUM}条(?:(?:[、和及与]|以及)(?:第)?{_NUM}条)*)(?:的?规定)?[。；;！!]?$"
                        rf"|^(?:以上|上述|上面|这些)(?:内容)?(?:都|均)?(?:出自|见于?|来自)"
                        rf"(?P<refs2>(?:《[^》]+》)?第{_NUM}条(?:(?:[、和及与]|以及)(?:第)?{_NUM}条)*)[。；;！!]?$")


def judged(text: str, supports: list[str], book: RuleBook, doc: str) -> tuple[bool, str] | None:
    """(true, why) for a sentence that only names the source of the sentences verified before it."""
    m = _SOURCE_OF.match(text.strip())
    if m is None or not supports:
        return None
    named = {r.article for r in find_refs(m.group("refs") or m.group("refs2")) if r.article}
    if not named:
        return None
    rested: set[int] = set()
    ids = {r.id: r.source.article for r in book.regulation.rows() if r.source.article}
    for s in supports:
        rested |= {r.article for r in find_refs(s) if r.article and not r.doc_number}
        rested |= {a for i, a in ids.items() if f"（{i}）" in s}
    if not rested:
        return None
    label = "、".join(f"第{n}条" for n in sorted(named))
    if named <= rested:
        return True, "上文依据的条文：" + label
    from ..references import int_cn
    return False, "上文依据的是" + "、".join(f"第{int_cn(n)}条" for n in sorted(rested)) + "，不是" + \
        "、".join(f"第{int_cn(n)}条" for n in sorted(named - rested)) + "。"
