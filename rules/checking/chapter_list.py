"""Chapters listed under a count that leads them: "前两章是第一章总则（第一至四条）、第二章问责情形
（第五至九条）", "后两章分别是第二章…、第三章…", "三章依次是第一章…、第二章…、第三章…".

The lead names which chapters follow (the first N, the last N, or all N of them); the members are
joined by 、, which `chapters.chapter_claims` does not split on. This reading checks the lead
against the members (as many as the lead counts, and the very chapters it points at, in order)
and hands back the members one to a clause, each then judged by `chapters.chapter_claims` (its
title, its span). A lead that does not match its members is a wrong sentence.
"""
from __future__ import annotations

import re

from ..references import cn_int, int_cn

_CN = "零一二两三四五六七八九十"
# the lead, then the 、-joined members, each opening with 第X章 (what follows each is its own)
_LEAD = re.compile(rf"(?:(?<=^)|(?<=[，,；;：:]))(?:这份规定的|本规定的|规定的)?(前|后|全部|这)?([{_CN}]+)章"
                   r"(?:分别|依次)?(?:是|为|即)[:：]?(?=第[一二三四五六七八九十]+章)")
_MEMBER = re.compile(r"第([一二三四五六七八九十]+)章")


def listed(sentence: str, chapters: list[int]) -> tuple[str, str | None]:
    """(the sentence with the lead taken off and its members one to a clause, the problem or None).

    `chapters` are the numbers of the document's chapters; the sentence comes back unchanged when
    it has no lead of this kind."""
    if "章" not in sentence or not chapters:
        return sentence, None
    lead = _LEAD.search(sentence)
    if not lead:
        return sentence, None
    end = re.search(r"[。；;！!？?]|，(?!第[一二三四五六七八九十]+章)", sentence[lead.end():])
    body = sentence[lead.end():lead.end() + end.start()] if end else sentence[lead.end():]
    parts = re.split(r"[、，,](?=第[一二三四五六七八九十]+章)", body)
    members = [cn_int(m.group(1)) for p in parts if (m := _MEMBER.match(p))]
    if len(members) != len(parts):
        return sentence, None
    where, n = lead.group(1) or "", cn_int(lead.group(2))
    ordered = sorted(chapters)
    if where == "前":
        meant = ordered[:n]
    elif where == "后":
        meant = ordered[-n:] if n <= len(ordered) else []
    else:
        meant = ordered if n == len(ordered) else []
    if len(meant) != n:
        return sentence, f"来源中的文本有{int_cn(len(ordered))}章，不是{where}{lead.group(2)}章的说法所指。"
    if members != meant:
        return sentence, (f"{lead.group(1) or ''}{lead.group(2)}章是"
                          + "、".join(f"第{int_cn(c)}章" for c in meant) + "。")
    rest = sentence[lead.end() + len(body):]
    return sentence[:lead.start()] + "，".join(parts) + rest, None
