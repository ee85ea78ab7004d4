"""A list of the sentence read against the same list in the passage (A、B、C、D).

- **a member exchanged**: "严格要求、实事求是、权责一致、惩前毖后的原则" where 第十三条 lists
  "严格要求、实事求是、权责一致、惩教结合原则". Each member is short and common, so the character
  pairs of the sentence are mostly the passage's and the novel stretch is under the support
  test's bar. Read as lists, the sentence's members match the passage's but one, in the place of
  a member the sentence leaves out: that member is exchanged.
- **a count of part of the list**: "三项：严格要求、实事求是、权责一致" where the passage lists four.
  The support test takes a count that matches the sentence's own list as the sentence counting
  what it names; but where all of its members are members of a longer list in the passage, a
  count of them said as the count of the whole ("三项：", "…这三项原则") is the passage's list
  miscounted. A count said of a part (其中, 包括…等, 前三项, 四种里…三种) is left alone.
- **a member added** (branch `g18miss`): "权责一致、失职追责、尽职免责、终身追责的原则" where the
  article lists "权责一致、失职追责、尽职免责的原则". Every member of the passage's list is matched, in
  its order, and the sentence has one more that its document has nowhere (its edge words, 的原则,
  aside): the short member rides under the support test's bar on the members that are the text's.
A member the passage has elsewhere (调离现工作岗位, in its other list) is no exchange: the
sentence gives another list of the passage.

A list is a clause's run of at least three members joined by 、 (the last may be joined by 和 / 及
/ 与). Members are compared whole; the first and last of a list may carry the clause's words
around them (根据严格要求, 惩教结合原则), so there a member matches when one contains the other.
"""
from __future__ import annotations

import re

from ..references import cn_int
from .sources import bare

_CLAUSE = re.compile(r"[，,。；;：:\n（）()]")
_COUNT = re.compile(r"([一二两三四五六七八九十])(?:项|个|条|种|类|方面|点)")
_PART = re.compile(r"其中|之中|(?:里|中)[，,]|包括|包含|等|前[一二两三四五六七八九十]|后[一二两三四五六七八九十]|部分|一些|几项|主要")


def _lists(text: str) -> list[list[str]]:
    out = []
    for clause in _CLAUSE.split(text):
        if clause.count("、") < 1:
            continue
        items = [bare(x) for x in clause.split("、")]
        # the last member may be joined by 和 / 及 / 与 (权责一致和惩教结合), when both parts are short
        last = re.split(r"以及|和|及|与", items[-1], maxsplit=1)
        if len(last) == 2 and all(2 <= len(x) <= 8 for x in last):
            items[-1:] = last
        items = [x for x in items if x]
        if len(items) >= 3:
            out.append(items)
    return out


def _common(a: str, b: str, tail: bool) -> int:
    n = 0
    while n < min(len(a), len(b)) and (a[-1 - n] == b[-1 - n] if tail else a[n] == b[n]):
        n += 1
    return n


def _match(a: str, i: int, mine: list[str], b: str, j: int, theirs: list[str]) -> bool:
    """Members match whole; a first member may carry words before it (根据严格要求), a last one
    words after it (惩教结合原则): there they match on a common end of two characters."""
    if a == b:
        return True
    first = i == 0 or j == 0
    last = i == len(mine) - 1 or j == len(theirs) - 1
    return first and _common(a, b, True) >= 2 or last and _common(a, b, False) >= 2


def _aligned(mine: list[str], theirs: list[str]) -> tuple[dict[int, int], list[int], list[int]]:
    """My members' matches in theirs, my free members and their free members."""
    hits = {i: j for i, a in enumerate(mine) for j, b in reversed(list(enumerate(theirs)))
            if _match(a, i, mine, b, j, theirs)}
    taken = set(hits.values())
    return hits, [i for i in range(len(mine)) if i not in hits], [j for j in range(len(theirs)) if j not in taken]


def _other(a: str, b: str, last: bool | None) -> bool:
    """Two members that are different words: no character pair in common, neither a short form of
    the other (环保 for 环境保护). An edge member is compared on the other's length from its
    inner end (惩前毖后的原则… against 惩教结合原则)."""
    if last is True:
        a = a[:len(b)]
    elif last is False:
        a = a[-len(b):]
    pairs = lambda x: {x[k:k + 2] for k in range(len(x) - 1)}
    sub = lambda x, y: (it := iter(y)) is not None and all(ch in it for ch in x)
    return not pairs(a) & pairs(b) and not sub(a, b) and not sub(b, a)


def exchanged(sentence: str, text: str) -> list[str]:
    """The member of the sentence's list that stands where the passage's list has another, all the
    others matched in order around it; [] when none."""
    out = []
    plain = bare(text)
    for mine in _lists(sentence):
        for theirs in _lists(text):
            if any(len(b) < 2 for b in theirs[1:-1]):
                continue                          # 第五、六、七、九条: numbers, not members
            hits, _, free = _aligned(mine, theirs)
            if len(hits) != len(theirs) - 1 or len(free) != 1:
                continue
            pairs = sorted(hits.items())
            if any(j2 <= j1 for (_, j1), (_, j2) in zip(pairs, pairs[1:])):
                continue                          # not in the passage's order
            j = free[0]
            before = [i for i, jj in pairs if jj == j - 1]
            after = [i for i, jj in pairs if jj == j + 1]
            if before and after:
                i = before[0] + 1
                ok = after[0] == i + 1
            elif before and j == len(theirs) - 1:
                i = before[0] + 1
                ok = i < len(mine)
            elif after and j == 0:
                i = after[0] - 1
                ok = i >= 0
            else:
                ok = False
            if not ok or i in hits:
                continue
            edge = True if j == len(theirs) - 1 else False if j == 0 else None
            core = mine[i][:len(theirs[j])] if edge is True else mine[i][-len(theirs[j]):] if edge is False else mine[i]
            if core in plain:
                continue                          # the passage's own member: another of its lists
            if _other(mine[i], theirs[j], edge):
                out.append(f"{mine[i][:4]}（原文：{theirs[j][:6]}）")
    return list(dict.fromkeys(out))


def added(sentence: str, text: str, document: str) -> list[str]:
    """The members of the sentence's list beyond a list of the passage whose members it matches
    in order (more than half of them and two at least: a list said in part may still gain a member,
    依法依规、实事求是、权责一致 where the passage lists 实事求是、权责一致、惩教结合、追责与整改并重),
    when the document (`document`, its whole text) has none of them; [] when none. A member is read without the clause's words after 的 (终身追责的原则: 终身追责)."""
    out = []
    plain = bare(document or text)
    for mine in _lists(sentence):
        for theirs in _lists(text):
            if any(len(b) < 2 for b in theirs[1:-1]):
                continue                          # 第五、六、七、九条: numbers, not members
            hits, free, unmatched = _aligned(mine, theirs)
            matched = len(set(hits.values()))
            if matched != len(hits) or not free or matched < 2 or 2 * matched <= len(theirs):
                continue                          # (wmiss6) most of the passage's list, not all of it
            pairs = sorted(hits.items())
            if any(j2 <= j1 for (_, j1), (_, j2) in zip(pairs, pairs[1:])):
                continue                          # not the passage's list, in its order
            for i in free:
                before = max((j for k, j in hits.items() if k < i), default=-1)
                after = min((j for k, j in hits.items() if k > i), default=len(theirs))
                if any(before < j < after for j in unmatched):
                    continue                      # in the place of a member it leaves out: `exchanged` reads that
                word = mine[i].split("的")[0] if i == len(mine) - 1 else mine[i]
                if len(word) < 2:
                    continue
                if i == 0 and any(word[-k:] in plain for k in range(2, len(word) + 1)):
                    continue                      # a first member after the clause's words (方式是训诫)
                if i == len(mine) - 1 and any(word[:k] in plain for k in range(2, len(word) + 1)):
                    continue
                if any(word[k:k + 2] not in plain for k in range(len(word) - 1)):
                    shown = word[-6:] if i == 0 else word[:6]      # (a first member after the clause's words)
                    out.append(f"{shown}（原文所列{len(theirs)}项中没有）")
    return list(dict.fromkeys(out))


def miscounted(sentence: str, text: str) -> list[str]:
    """"三项（原文列有四项）": a count of the sentence's own list where that list is part of a longer
    list of the passage; [] when none."""
    out = []
    for part in re.split(r"[。；;\n]", sentence):
        counts = list(_COUNT.finditer(part))
        if not counts or _PART.search(part) or len({m.group(1) for m in counts}) > 1:
            continue                    # a part said of a whole it counts too (四种里，…三种)
        for mine in _lists(part):
            n = len(mine)
            said = [m for m in counts if cn_int(m.group(1)) == n]
            if not said:
                continue
            for theirs in _lists(text):
                _, mine_free, theirs_free = _aligned(mine, theirs)
                if not mine_free and len(theirs) > n and theirs_free:
                    out.append(f"{said[0].group(0)}（原文列有{len(theirs)}项）")
    return list(dict.fromkeys(out))


# a count right before the list it opens, a class noun between them allowed: "有四个：A、B、C、D"
_OPENED = re.compile(r"([一二两三四五六七八九十])(?:项|个|条|种|类|方面|点)[\u4e00-\u9fff]{0,4}[：:](?P<list>[^。；;！？\n]+)")


def whole_list(sentence: str, text: str) -> bool:
    """Whether a count in the sentence opens its own list ("原则有四个：严格要求、实事求是、权责一致、惩教
    结合") and that list is one of the passage's lists, member for member (branch szalarm6).

    Such a count says how many members the list has; when the passage lists exactly those, the count
    is the passage's own too, whatever the article's numbered items (（一）（二）) are, so it is not
    an item count of the article. A list missing a member of the passage's (三个：A、B、C against
    A、B、C、D) or adding one is no whole list: its count stays held to the article's items."""
    for m in _OPENED.finditer(sentence):
        mine = [bare(x) for x in re.split(r"[、，,]|(?<=[^、，,])(?:以及|和|及|与)(?=[^、，,]{2,}$)", m.group("list"))]
        mine = [x for x in mine if x]
        if len(mine) < 2 or len(mine) != cn_int(m.group(1)):
            continue
        for theirs in _lists(text):
            hits, mine_free, theirs_free = _aligned(mine, theirs)
            if len(theirs) == len(mine) and not mine_free and not theirs_free:
                return True
    return False
