"""Which clauses of a statement are its conditions: the items of a list of duties, and 除…外 that adds.

`aligned.problems` holds a sentence to the conditions of the statement it restates: a draft that
says a consequence without its case (drops 无正当理由, 但是…除外) says more than the text. Every
clause of a listed item was taken for such a condition, which is right for a list of situations
("有下列情形之一的，应当追究责任：（二）未按照规定的时间、频次收运，导致生活垃圾滞留超过48小时的"):
each part of the item is part of the case. It is not right for a list of what someone must do, the
measures a grade brings or what words mean ("管理责任人应当履行下列责任：（五）建立生活垃圾管理台账，
如实记录生活垃圾的种类、数量和去向，台账保存期限不少于2年"): there each clause is a duty of its own,
and "台账保存期限不少于2年" restates one of them without the others. In such an item only a clause
that states a case (one ending in 的: "发生设施故障或者停运的，立即启动应急预案") is a condition of what
follows it; an exception (但…除外) is still read as one.

And 除X外 is an exception only when what follows denies or restricts; "除履行本规定第七条规定的
责任外，还应当安装油水分离装置" adds (还 / 也 / 并 / 另 / 同时 after it), and so does "除前项规定的方式外，
在全市范围内通报批评" (the measures another provision lists, 方式 / 措施 / 责任 / 义务): dropping what
is added to says nothing against the text. 除本规定另有规定外 stays an exception.
"""
from __future__ import annotations

import re

# a lead that lists duties, requirements, measures or meanings, not situations
# (the kind may be modified: 下列安全管理职责, 下列监督检查工作; g18alarm)
_DUTY_LEAD = re.compile(r"下列[\u4e00-\u9fff]{0,6}?(?:责任|职责|义务|要求|方式|措施|用语|工作|内容|规定|标准|程序|步骤)")
_SITUATION_LEAD = re.compile(r"情形|情况|行为|之一|的[，,：:]\s*$")
# 除X外 that adds: followed by an addition, or X the measures / duties of another provision
_ADDING_NEXT = re.compile(r"^\s*(?:还|也|并|另|同时|此外)")
_BESIDES = re.compile(r"^\s*除(?P<x>.+)(?:以外|之外|外)\s*$")
_PROVIDED = re.compile(r"(?:前项|前款|本条|第[零一二两三四五六七八九十百\d]+[条款项]).{0,6}规定的(?:方式|措施|责任|义务|职责)$")


def lead_of(read: str, item: bool) -> str:
    """The lead line an item statement is read under (`aligned.Statement.read` ends with it)."""
    if not item:
        return ""
    return read.rsplit("\n", 1)[-1] if "\n" in read else ""


_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]")
_LEAD_END = re.compile(r"[：:]\s*$")


def lead_in(text: str, article: int | None, whole) -> str:
    """The lead line of the article in `whole` (a document's passages) that the item `text`
    stands under, when the item was read from a passage of its own (第七条第（五）项)."""
    head = text.strip()[:12]
    if not head or article is None:
        return ""
    for p in whole:
        if getattr(p, "article", None) != article:
            continue
        lines = p.text.splitlines()
        for i, line in enumerate(lines):
            if line.strip().startswith(head):
                for prev in reversed(lines[:i]):
                    if not _ITEM.match(prev) and _LEAD_END.search(prev):
                        return prev
                return ""
    return ""


def listed_duty(read: str, item: bool, text: str = "", article: int | None = None, whole=()) -> bool:
    """The statement is an item of a list of duties, measures or meanings, not of situations
    (its lead read from `read`, else from the article in `whole`)."""
    lead = lead_of(read, item) or (lead_in(text, article, whole) if item else "")
    return bool(lead) and bool(_DUTY_LEAD.search(lead)) and not _SITUATION_LEAD.search(lead)


def is_case(clause: str) -> bool:
    """A clause that states a case (…的), a condition of what follows it even inside a duty."""
    return clause.strip().endswith("的")


def adding(clause: str, after: list[str]) -> bool:
    """除X外 that adds to X rather than excepting from it."""
    m = _BESIDES.match(clause)
    if not m or "另有" in m.group("x"):
        return False
    nxt = next((a for a in after if a.strip()), "")
    return bool(_ADDING_NEXT.match(nxt)) or bool(_PROVIDED.search(m.group("x")))


# how close another statement's share of a clause must come to be as good a reading of it
AS_GOOD = 0.2


def also_restates(mine: set, share: float, unit, hits: list, measure) -> bool:
    """The clause that restated `unit` (whose leading case it does not say) is, nearly as well, a
    restatement of another statement the same sentence restates: "环节为作出追究决定，期限为10个工作日内"
    is the deadline's statement ("追究决定应当自调查终结之日起10个工作日内作出") as much as the one that
    puts who decides under its case ("情节较轻、情节较重的，由区城管部门作出追究决定"), so that case is
    not one the sentence drops."""
    return any(h.read != unit.read and measure(mine, h.grams) >= max(0.5, share - AS_GOOD) for h in hits)

