"""A list given as the whole of what a passage lists, and a member denied beside it:
"第十条第二款列的是训诫、责令作出书面检查、通报批评，没有责令公开道歉" where the paragraph lists
训诫、责令作出书面检查、通报批评、责令公开道歉.

Why: the list reader (`claims.listing`) holds each measure said to be listed to the text and a
restriction (只列了) to the whole list, but 列的是 is no restriction there, and "没有D" at the head of
a clause was read as one more member named, so a part given as the whole, and a member denied
that the passage lists, passed. Here the passage's own lists (terms the text sets apart with 、) are
the members: a sentence list of at least two of one passage list's members, said as what the list is (列的是, 执行的是: a
cleft; 就是, 分别是), or with any list verb (列了, 包括, 有) beside a denial in the same
sentence, must name every member of that list; and a member denied (没有 / 不包括 / 没列 D) must not
be one of the passage's members. A member matches a passage member when one holds the other
(书面检查 for 责令作出书面检查). A list closed with 等 (or opened with 比如) names examples, not the whole.
"""
from __future__ import annotations

import re

from .claims import Verdict
from .sources import bare

_WHOLE = re.compile(r"的是|就是|分别是")
_LIST_VERB = re.compile(r"(?:列的是|写的是|列出的是|规定的是|列明的是|点名的是|就是|分别是|列了|列出了?|包括|包含|有|是)")
_DENIED = re.compile(r"(?:但|而|却|并|也)?(?:没有|没|不包括|未|并未)(?:列|列入|列出|写|提到|包括|提)?(?:了)?")
_ARTICLE = re.compile(r"第[零一二两三四五六七八九十百\d]+[条款项]|\d{4}")
_SPLIT = re.compile(r"[、和及与]|以及")
_END = re.compile(r"(?:等|这几种|这些|几种|[一二两三四五六七八九十]种|[一二两三四五六七八九十]项)(?:问责方式|方式|情形)?$|(?:的)?(?:问责方式|处理|情形|方式)$")


def _lists(text: str) -> list[list[str]]:
    """The passage's lists: runs of at least three short terms (two to ten characters, no article
    reference) set apart by 、; the first term is the words after the clause's last verb or
    particle, the last the words before the next one."""
    out = []
    for clause in re.split(r"[，,；;。：:\n]", text):
        if clause.count("、") < 2:
            continue
        parts = clause.split("、")
        first = re.sub(r"^.*(?:给予|包括|是|有|对|的|为|即|在)", "", re.sub(r"^\s*[（(][一二三四五六七八九十\d]+[)）]", "", parts[0]))
        last = re.split(r"的|处理|等|执行|按照|领域", parts[-1])[0]
        members = [bare(x) for x in [first] + parts[1:-1] + [last]]
        if len(members) >= 3 and all(2 <= len(x) <= 10 and not _ARTICLE.search(x) for x in members):
            out.append(members)
    return out


def _member(said: str, members: list[str]) -> str | None:
    return next((m for m in members if len(said) >= 2 and (said in m or m in said)), None)


def exhaustive(sentence: str, text: str) -> list[Verdict]:
    """Contradictions only (the list's words are still held to the passage by the support test).
    The passage list a sentence list restates is the one it names most of, a whole one first (a
    paragraph may list the same terms twice under two conditions); a denial is held to that list."""
    lists = _lists(text)
    if not lists:
        return []
    clauses = [c.strip() for c in re.split(r"[，,；;。]", sentence) if c.strip()]
    denied: list[str] = []
    for c in clauses:
        m = _DENIED.match(c)
        if m and m.end() < len(c):
            denied += [_END.sub("", bare(x)) for x in _SPLIT.split(c[m.end():]) if bare(x)]
    out = []
    for c in clauses:
        v = _LIST_VERB.search(c)
        if v is None or _DENIED.match(c):
            continue
        said = [_END.sub("", bare(x)) for x in _SPLIT.split(c[v.end():]) if bare(x)]
        found, members = max((({h for s in said if (h := _member(s, ms))}, ms) for ms in lists),
                             key=lambda t: (len(t[0]) == len(t[1]), len(t[0])))
        if len(found) < 2:
            continue
        for d in denied:
            hit = _member(d, members)
            if hit:
                out.append(Verdict(False, f"所引条文列有“{hit}”。"))
        if len(found) < len(members) and (_WHOLE.search(c) or denied) and not re.search(r"等|之类|比如|例如|如", c[v.end():]):
            left = [m for m in members if m not in found]
            out.append(Verdict(False, f"所引条文还列有{'、'.join(left)}。"))
    return out
