"""A post or body said without the qualifier the passage names it with (市长 for 分管副市长,
市政府领导班子成员 for 市政府工作部门领导班子成员).

Why: a qualifier inside the name of a post or body says who it is: 分管副市长 is not the 市长,
the leading members of the city government's working departments are not those of the city
government. The support test reads character pairs and the name without its qualifier keeps
almost all of them, so the other person passed. Here each clause of the sentence is aligned with
the passage clause it restates most closely (exchanged.restating); a stretch of the passage the
clause leaves out is a dropped qualifier when both sides of it agree for at least two characters,
it is two or more content characters outside brackets, and what follows it in both is the head
of a post or body (…长, 成员, 负责人, 部门, 机关, 机构, 领导小组). A clause that reorders or rewords
freely shares no such frame and is not read; a qualifier dropped at the front of a name (主要负责人
as 负责人 at a clause's start) has no frame on its left and is left alone. The head alone is the
document's own word where it defines the name as that head (本办法所称养老机构，是指…的机构).
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from .exchanged import MIN_SHARE, _closest, restating
from .sources import bare

_bare = lru_cache(maxsize=16)(bare)

# the head of a post or a body, right after the dropped stretch
_HEAD = re.compile(r"^(?:[正副]?[市区县镇省局校站组科处厅院所]?长|领导班子成员|领导成员|成员|负责人|部门|机关|机构|领导小组|委员会|主任|书记)")
# what every head above contains: a sentence without any names no post or body (a cheap test first)
_ANY_HEAD = re.compile(r"长|成员|负责人|部门|机关|机构|领导小组|委员会|主任|书记")
_FUNCTION = set("的了是在和与及也都就而则所其这那个些里面中对于为被把将会要能够吗呢吧啊等或者、")
MIN_FRAME = 2
# agreeing characters before the stretch: the name's own start (市委、市政府 | 工作部门), not a
# couple of characters after a place exchanged (区委、区政府 aligned with 市委、市政府工作部门)
MIN_LEFT = 3
MIN_CLAUSE = 6
MAX_QUALIFIER = 4         # a longer stretch left out is free paraphrase, not a qualifier


def _dropped(clause: str, target: str, doc: str) -> list[str]:
    ops = SequenceMatcher(None, clause, target, autojunk=False).get_opcodes()
    if sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal") < MIN_SHARE * len(clause):
        return []
    out = []
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op != "insert" or k == 0 or k == len(ops) - 1:
            continue
        before, after = ops[k - 1], ops[k + 1]
        if before[0] != "equal" or after[0] != "equal" or before[2] - before[1] < MIN_LEFT \
                or after[2] - after[1] < MIN_FRAME:
            continue
        gone = target[j1:j2]
        if not 2 <= len(gone) <= MAX_QUALIFIER or any(ch in _FUNCTION for ch in gone[-1:] + gone[:1]) or re.search(r"[（()）]", gone):
            continue
        head = _HEAD.match(target[j2:])
        if head is None:
            continue
        said = clause[max(before[1], i1 - MAX_QUALIFIER):i1] + head.group(0)
        if said in doc:
            continue             # (the name without it is one the document itself uses: 住房保障部门)
        if _defined_as_head(gone + head.group(0), head.group(0), doc):
            continue             # (机构 for 养老机构 where 本办法所称养老机构 is "…的机构": branch galarm)
        out.append(f"{clause[max(before[1], i1 - 2):i1]}{head.group(0)}（原文：{target[max(before[3], j1 - 2):j1]}{gone}{head.group(0)}）")
    return out


def _defined_as_head(name: str, head: str, doc: str) -> bool:
    """Whether the document defines the name as a kind of its head ("养老机构，是指…床位数在10张以上
    的机构", in its definitions or after 本办法所称): the head alone is then the document's word for what it defines, not
    another body. `doc` is bare (no punctuation)."""
    for m in re.finditer(rf"{re.escape(name)}是指(.{{0,80}}?){re.escape(head)}", doc):
        if name not in m.group(1) and "是指" not in m.group(1):
            return True
    return False


def dropped(sentence: str, text: str, doc: str) -> list[str]:
    """The posts and bodies of `sentence` said without a qualifier the passage `text` names them
    with, as "X（原文：Y）"; `doc` the document's whole text (bare), where a shorter name may be
    its own."""
    out: list[str] = []
    if not _ANY_HEAD.search(sentence):
        return out               # no post or body named: nothing to have dropped a qualifier from
    doc = _bare(doc)
    for clause, (clauses, sentences), _ in restating(sentence, text, MIN_CLAUSE):
        for targets in (clauses, sentences):
            best = _closest(clause, targets)
            found = _dropped(clause, best, doc) if best else []
            if found:
                out += found
                break
    return out
