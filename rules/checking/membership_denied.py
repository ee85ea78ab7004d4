"""A member the text lists, said not to be of its class: "责令辞职不是这部规定里的问责方式" where
第十条 gives 责令辞职 among its measures (branch `r22miss`).

The sentence names a member and a class both found in the text, and the support test does not
read the negation between them, so it passed. Read here, for "X不是 / 不属于 / 并非 / 不算 / 不在
[这部规定 / 本办法 …(里 / 中)]的Y" whose scope is the document itself (or nothing), Y a class of
measures or means (…方式 / 措施 / 处理 / 手段 / 形式 / 种类): X is of Y when
- the rule data holds X as one of the regulation's measures (its measure sets), Y a kind of
  measure, and the sentence speaks of the regulation the rule data reads; or
- an article of the document introduces a list with Y's head (…方式 / 措施 …) followed by 下列 /
  如下 / 包括 / 分为 / 有 / a colon, and X is a member of that list (a line or a conjunct of it).
A class the sentence qualifies (可以单独适用的问责方式, a scope that is not the document) is
another claim, left alone; so is a member the text lists nowhere.
"""
from __future__ import annotations

import re
from typing import Iterable

from .sources import bare

_CHEAP = re.compile(r"不是|不属于|并非|不算|不在|不列入")
_DENIED = re.compile(
    r"(?P<x>[\u4e00-\u9fff、和与及]{2,30}?)(?:也|都|均|并|则)?(?:不是|不属于|并非|不算|不在|不列入)"
    r"(?P<scope>(?:本|该|这部|这个|这|此)?(?:规定|办法|条例|细则|决定|文件)?)(?:里|中|之中|当中|内|范围内|范围)?(?:所称|规定)?的?"
    r"(?P<y>[\u4e00-\u9fff]{0,6}(?:方式|措施|处理|手段|形式|种类))(?:之一|范围|中|里)?(?=$|[，,。；;！!]|[，,]?而)")
_LEAD = r"(?:可以)?(?:采取|给予|适用|包括|分为|有|是)?(?:下列|以下|如下)?(?:[\u4e00-\u9fff]{0,4})?[：:]|包括|分为"
_JOIN = re.compile(r"[、，,；;]|以及|和|与|及|或者|或")


def may_concern(text: str) -> bool:
    return bool(_CHEAP.search(text))


def _listed(member: str, head: str, articles: Iterable[str]) -> str | None:
    """The article whose list introduced by the class's head has the member."""
    for text in articles:
        for lead in re.finditer(re.escape(head) + r"[^。\n]{0,12}?(?:" + _LEAD + ")", text):
            after = text[lead.end():]
            lines = re.split(r"\n", after)
            for line in lines[:12]:
                line = re.sub(r"^\s*[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*", "", line)
                units = [bare(u) for u in _JOIN.split(re.sub(r"[。；;]$", "", line.strip()))]
                if bare(member) in units:
                    return text
    return None


def problems(sentence: str, measures: list[str], of_book: bool, articles: list[str]) -> list[str]:
    """Why the sentence denies that the text's member is of the class the text lists it in."""
    for m in _DENIED.finditer(sentence):
        scope, y = m.group("scope"), m.group("y")
        if len(y) > 2 and not re.fullmatch(r"(?:问责|处理|追究|责任追究|处罚|处分|惩戒)?(?:的)?" + r"(?:方式|措施|处理|手段|形式|种类)", y):
            continue                 # (a class the sentence qualifies: 可以单独适用的问责方式)
        members = [bare(x) for x in re.split(r"[、和与及]", m.group("x")) if bare(x)]
        for x in members:
            if of_book and x in measures and re.search(r"方式|措施|处理|手段|形式", y):
                return [f"“{x}”是本规定的问责方式之一（{'、'.join(measures)}）"]
            if (text := _listed(x, y[-2:], articles)) is not None:
                label = lm.group(1) if (lm := re.match(r"\s*(第[^条\s]{1,6}条)", text)) else "原文"
                return [f"{label}所列的{y}中有“{x}”"]
    return []
