"""A count before a colon and the list it announces on the same line: "6种：A、B、C、D、E" (branch
reg6miss).

The support test holds the list's members to the article and the count's figure to the figures
of the text; an article with five items may hold a 6 somewhere else, and "六种：" with five
members passed. The sentence contradicts itself: the count must be the number of members it
lists (a last member joined by 和 / 以及 counts as one more).
"""
from __future__ import annotations

import re

from ..references import cn_int
from .numerals import arabic
from .sources import SourceText

_LEAD = re.compile(r"^[^：:，,。；;\d零一二两三四五六七八九十]{0,12}?(?:共|一共|总共|有|共有|包括)?(?<!第)(?P<n>[零一二两三四五六七八九十\d]+)\s*(?:种|项|类|个|条|款)[^：:，,。]{0,8}[：:](?P<list>[^。；;：:\n]+)")

# a word that joins the last member on after a comma (…、C，以及D / 还有D / 和D)
_LAST_MEMBER = re.compile(r"\s*(?:以及|还有|及(?!时)|和|与)")


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None,
             following: str | None = None) -> list[str]:
    """`following`: the draft after the sentence, where a list cut at ； goes on (None: unknown)."""
    m = _LEAD.match(arabic(sentence).strip())
    if m is None:
        return []
    # (g22alarm) the list is the run of 、-joined members up to the first comma: a 、 after a comma
    # is inside a clause that explains the count ("有一个例外：自行管理的区域发生…事件，而街道办事处、
    # 乡镇人民政府未履行…的，…"), not one more member of it
    # — unless the clause after the comma opens with a joining word (…、C，以及D): D closes the list
    clauses = re.split(r"[，,]", m.group("list"))
    run = [clauses[0]]
    for c in clauses[1:]:
        joined = _LAST_MEMBER.match(c)
        if joined is None:
            break
        run.append(c[joined.end():])
    members = [x for x in "、".join(run).split("、") if x.strip()]
    if len(members) < 2:
        return []                  # a count before a sentence, not a list
    if one_of_series(members, arabic(sentence).strip()[m.end():]):
        if following is None:
            return []
        try:
            n = cn_int(m.group("n"))
        except ValueError:
            return []
        # (the list's other cases: the ；-units after the sentence up to the end of its sentence)
        rest = [x for x in re.split(r"[；;]", re.split(r"[。\n]", following.lstrip("；; "), maxsplit=1)[0]) if x.strip()]
        k = 1 + len(rest)
        return [] if n == k else [f"说有{n}种，却列了{k}种"]
    try:
        n = cn_int(m.group("n"))
    except ValueError:
        return []
    k = len(members)
    joined = bool(re.search(r"和|以及|及|与", members[-1]))
    if n == k or (joined and n == k + 1):
        return []
    return [f"说有{n}种，却列了{k}种"]


def one_of_series(members: list[str], after: str) -> bool:
    """"有三种：主动发现并及时报告险情、积极采取措施避免事故发生的；事故后…的；…的。": the count opens
    a list of cases cut at ；, the first of which has a 、 of its own. The line holds one case, its
    parts joined by 、 and the case closed by 的 (a case, not a list of members: none of the parts
    before the last ends with 的); the rest of the list is in the sentences after the ；, and the
    count is held to the whole list there, not to the parts of its first case (g17alarm)."""
    return after.startswith(("；", ";")) and members[-1].rstrip().endswith("的") \
        and not any(x.rstrip().endswith("的") for x in members[:-1])


def following(text: str, draft: str) -> str | None:
    """What the draft says after the sentence `text` (its first place in the draft), None when the
    sentence is not found there as written."""
    at = draft.find(text.strip())
    return draft[at + len(text.strip()):] if at >= 0 and text.strip() else None
