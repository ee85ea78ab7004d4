"""A member joined into an article's own words (branch `r17miss`).

"违反干部选拔任用和决策有关规定" restating "违反干部选拔任用有关规定": the draft follows the
article word for word and joins a member to it (和决策) that the article nowhere has. The support
test holds the sentence to the article by its character pairs and lets a short run of new words
through (under its five-character bar), so the restatement passed and the article seemed to cover
决策. Read here, for a verified sentence against the articles it is held to: where the sentence has
a conjunction (和 与 及 以及 或者 或 、) with the words around it, and the three characters before
it run on in an article into the three after the joined words (选拔任用|有关规) while the sentence's
own run is nowhere in it, the joined words (two to eight characters) are an insertion; when none of
their characters is in the article (区一级的 glosses the article's 区, 并且 only joins), the article
is said to hold a member it does not have: the sentence is unsupported. A member the article has (its own words, in another order or place)
is a wording left to the other readings.

A joined member the article has only where it puts it outside its rule ("城市桥梁、城市隧道，以及市管
公路桥梁的管理…单位" where the article's next paragraph says 公路桥梁…不适用本办法) is said to be
covered against the text (excluded_members.py, branch `g16miss`), unless the sentence itself
speaks of exclusion (不适用, 除外, 不包括 …).
"""
from __future__ import annotations

import re

from .excluded_members import excluded_in
from .sources import bigrams

_MARKS = re.compile(r"[\s，,。；;：:“”‘’\"'「」『』《》（）()！!？?]")
_JOIN = re.compile(r"以及|或者|和|与|及|或|、")
_EXCLUDING = re.compile(r"不适用|不属于|除外|不包括|排除|不在")
SIDE = 3            # characters on each side that must run on in the article
MAX_MEMBER = 8
MAX_EXCLUDED = 16   # an excluded member joined (仅提供助餐服务的站点) may be longer
# characters of no member's content: particles, linking adverbs
_FUNCTION = re.compile(r"[的了是在也都就还并且而则所其这那个些被把将等即]")


def problems(sentence: str, held: list[tuple[int | None, str]]) -> list[str]:
    """Why the sentence joins a member to an article's words that the article does not have."""
    texts = [_MARKS.sub("", t) for _, t in held if t]
    if not texts:
        return []
    d = _MARKS.sub("", sentence)
    raws = [re.sub(r"\s+", "", t) for _, t in held if t]
    for m in _JOIN.finditer(d):
        k = m.start()
        if k < SIDE:
            continue
        before = d[k - SIDE:k]
        if not any(before in t for t in texts):
            continue
        tail = d[m.end():]
        if 2 <= len(tail) <= MAX_MEMBER + 4 and re.fullmatch(r"[\u4e00-\u9fff]+", tail) and \
                any(re.search(re.escape(before) + r"[。；;]|" + re.escape(before) + r"$", t) for t in raws) and \
                not _FUNCTION.search(tail) and not any(tail[-2:] in t for t in texts) and \
                sum(any(g in t for t in texts) for g in bigrams(tail)) * 2 < len(bigrams(tail)):
            # "…街道党政领导成员，以及社区工作站站长": a member joined after the end of the article's
            # own list, none of whose head the article has (r19miss)
            return [f"原文所列到“{before}”为止，没有“{tail}”"]
        for size in range(2, MAX_EXCLUDED + 1):
            end = m.end() + size
            after = d[end:end + SIDE]
            if len(after) < SIDE:
                break
            member = d[m.end():end]
            if _JOIN.search(member) or re.search(r"[^\u4e00-\u9fff]", member):
                break
            if not any(before + after in t for t in texts) or any(d[k - SIDE:end + SIDE] in t for t in texts):
                continue
            # a member the article itself puts outside its rule (公路桥梁…不适用本办法), joined into
            # the words of what it covers: excluded_members.py (branch g16miss)
            if (out := excluded_in(member, raws)) and not _EXCLUDING.search(d):
                return [f"原文“{out[1]}”，{out[0]}不在其中"]
            if size > MAX_MEMBER:
                continue          # (a longer member is asked only whether the text excludes it)
            if _FUNCTION.search(member) or any(c in t for t in texts for c in member):
                continue          # (a gloss of the article's own words, 区一级的; a joining word, 并且)
            if not any(bigrams(member) & bigrams(t) for t in texts):
                return [f"原文是“{before}{after}”，没有“{m.group(0)}{member}”"]
    return []
