"""A member named by its place in an article's list: "第二条列举的第一类对象就是市委、市政府工作部门领导
班子成员". The words 第一类对象 are nowhere in 第二条, so the support test failed a right sentence;
yet its claim is exact: the first member of the list 第二条 gives. The article's list is its
items ((一), (二), …) when it has them, else the members after 是指 / 包括 / ：, cut at the
commas outside parentheses. The sentence is right when X is the K-th member (it shares most of
its character pairs with that member and fewer with any other), and is then read as the plain
listing ("第二条列举了X") for the other readers; X in another place, or a place the list does not
have, fails."""
from __future__ import annotations

import re

from ..references import cn_int
from .sources import SourceSet, bare, bigrams

_ORDINAL = re.compile(r"^(?P<pre>[^，,。；;]*?)(?P<art>(?:《[^》]+》)?第(?P<n>[零一二两三四五六七八九十百\d]+)条)(?:中|里)?"
                      r"(?P<talk>列举|列出|列明|所列|规定|列)(?:了)?的第(?P<k>[一二三四五六七八九十\d]+)(?:类|项|个|种|种人|部分)"
                      r"(?:对象|人员|干部|情形|成员)?(?:就|正|便)?(?:是|为|指)(?P<x>[^，,。；;]{2,40})(?P<end>[，,。；;]?)")
_ITEM = re.compile(r"[（(][一二三四五六七八九十]+[)）]")


def _members(text: str) -> list[str]:
    """The article's list: its items, else what follows 是指 / 包括 / ：, cut at top-level commas."""
    items = _ITEM.split(text)
    if len(items) > 2:
        return [i for i in items[1:] if bare(i)]
    m = re.search(r"是指|包括|：|:", text)
    if m is None:
        return []
    out, depth, cur = [], 0, ""
    for ch in text[m.end():]:
        depth += 1 if ch in "（(" else -1 if ch in "）)" else 0
        if ch in "，,。；;" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [x for x in out if bare(x)]


def _share(x: str, member: str) -> float:
    g = bigrams(bare(x))
    return len(g & bigrams(bare(member))) / len(g) if g else 0.0


def ordinal(sentence: str, sources: SourceSet, doc: str) -> tuple[str, str | None]:
    """(the sentence read as the plain listing, None) when its K-th member is the article's;
    (sentence, why) when it is not; (sentence, None) when the sentence says no such thing."""
    m = _ORDINAL.match(sentence.strip())
    if m is None:
        return sentence, None
    p = sources.article(cn_int(m.group("n")), doc)
    members = _members(p.text) if p else []
    if len(members) < 2:
        return sentence, None
    k, x = cn_int(m.group("k")), m.group("x")
    if not 1 <= k <= len(members):
        return sentence, f"{m.group('art')}所列只有{len(members)}类（项），没有第{m.group('k')}类。"
    shares = [_share(x, mem) for mem in members]
    if shares[k - 1] < 0.8 or any(s >= shares[k - 1] for i, s in enumerate(shares) if i != k - 1):
        return sentence, f"{m.group('art')}所列的第{m.group('k')}类是“{members[k - 1].strip()}”。"
    rest = sentence.strip()[m.end():]
    return f"{m.group('pre')}{m.group('art')}列举了{x}{m.group('end') or '。'}{rest}", None
