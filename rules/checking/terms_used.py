"""The accident grades a regulation uses, listed over all its articles: "本规定用了特别重大、重大、
较大、一般四个事故等级，但没有规定这些等级怎么划分".

Why: the list is the whole regulation's (第十三条 names 特别重大 and 重大, 第十四条 较大, 第十六条
一般), but the sentence was held to the few articles closest to it, where 一般 is not, and
flagged. Read here: the subject is the regulation itself (本规定, 规定, 条文), the verb one of
using or naming (用了, 提到, 出现了, 分了), and the listed items are grades (severities, as the
rule data reads them); they must be exactly the grades the regulation's articles name (none left
out, none added), and the count (四个) their number. What follows after a comma (但没有规定…) is
a claim of its own about the regulation, judged by the caller as "本规定…". Lists of anything
else are left to the other readings.
"""
from __future__ import annotations

import re

from ..references import cn_int
from ..schema import RuleBook
from . import claims as C

_USED = re.compile(r"^(?:本规定|规定|该规定|这部规定|条文|全文|本规定全文)(?:里|中)?(?:一共|共|总共)?"
                   r"(?:用了|用到了?|提到了?|出现了?|使用了|分了|区分了|涉及)(?P<list>[^，,。；;：:]+?)(?:这|等)?"
                   r"(?P<n>[一二两三四五六七八九十\d]+)(?:个|种|类|级)(?P<what>(?:事故)?(?:等级|级别|档次|级))"
                   r"(?:[，,]\s*(?:但|不过|只是|却)?(?P<rest>.+))?$")


def claim(sentence: str, book: RuleBook) -> tuple[list[str], int, str] | None:
    """(the grades listed, the count said, the rest of the sentence) of such a sentence, or None."""
    m = _USED.match(sentence.strip())
    if m is None:
        return None
    parts = [p for p in re.split(r"[、和及与]", m.group("list")) if p]
    grades = []
    for p in parts:
        got = C.severities_in(p + "事故", book)     # (一般 is a grade only before 事故)
        if len(got) != 1 or got[0] != p:
            return None                   # an item that is not a grade word, whole
        grades.append(p)
    return grades, cn_int(m.group("n")), (m.group("rest") or "").strip()


def judged(grades: list[str], n: int, regulation_text: str, book: RuleBook) -> tuple[bool, str]:
    """(holds, why): the grades are exactly those the regulation's articles name, and n their number."""
    used = C.severities_in(regulation_text, book)
    if set(grades) != set(used) or len(set(grades)) != len(grades):
        return False, f"本规定用到的事故等级是{'、'.join(used)}。"
    if n != len(grades):
        return False, f"所列的事故等级有{len(grades)}个，不是{n}个。"
    return True, f"本规定各条用到的事故等级：{'、'.join(used)}"
