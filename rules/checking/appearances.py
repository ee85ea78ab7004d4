"""Where a document the regulation cites appears in it: "文件为《深圳市行政决策责任追究办法》，出现位置为
第七条。" (a table of cited documents read row by row), "出现位置为第七条定义，第十一条、第十六条使用",
"第七条首次出现，给《深圳市行政过错责任追究办法》定了简称《办法》。".

The claim is about the regulation's own text: which of its articles name the document (by its
title, the short title given in brackets after it, or its document number). The support test took
the titles out as references to documents the sources do not hold and found nothing left to
support. Read here:
- *positions*: a title (and the short title or number bracketed after it), then 出现位置为 / 出现在 /
  见于 and a run of articles with nothing but talk beside them (定义, 使用, 引用, 、): every article
  named must name the document, and, unless the run is left open (等), no other article of the
  regulation may (the places are all of them); an article said to define it (第七条定义) must give
  the short title (简称);
- *first appearance*: 第N条首次出现，给《X》定了简称《Y》: article N must say X with 简称 Y, and no
  article before it name X or Y.
Anything else is left to the other readings.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs

_TITLE = re.compile(r"(?P<title>《[^》]+》)(?:[（(](?P<alias>《[^》]+》|[^（()）]*?\d{4}[^（()）]*?号)[)）])?|(?P<number>[\u4e00-\u9fff]{1,4}\[\d{4}\]\d+号)")
_WHERE = re.compile(r"(?:出现(?:的)?位置(?:为|是|在)?|出现在|出现于|见于|引用于)[：:]?(?P<pos>[^。]+)。?$")
_TALK = re.compile(r"定义|使用|引用|提及|提到|出现|首次|简称|以及|和|及|与|等|[、，,（）()]")
_NUM = r"第[零一二两三四五六七八九十百\d]+条"
_FIRST = re.compile(rf"^(?P<ref>{_NUM})(?:是)?(?:首次|第一次|最早)出现[，,](?:给|为|把)(?P<x>《[^》]+》)(?:定了|规定了|起了|取了|设了)?"
                    r"(?:简称|简称为|的简称)(?:为|是)?(?P<y>《[^》]+》)。?$")


def judged(sentence: str, article: Callable[[int], str | None], numbers: list[int]) -> tuple[bool, str] | None:
    """(held, why) for such a sentence about the regulation whose articles `article` gives."""
    text = sentence.strip()
    if (f := _FIRST.match(text)):
        n = [r.article for r in find_refs(f.group("ref")) if r.article]
        own = article(n[0]) if n else None
        if own is None:
            return None
        x, y = f.group("x"), f.group("y")
        if not re.search(re.escape(x) + r"[（(](?:以下)?简称(?:为)?" + re.escape(y), own):
            return False, f"{f.group('ref')}没有把{x}简称为{y}"
        earlier = [k for k in numbers if k < n[0] and (t := article(k)) and (x in t or y in t)]
        if earlier:
            return False, f"第{earlier[0]}条已经出现{x if x in (article(earlier[0]) or '') else y}，不是首次"
        return True, f"{f.group('ref')}首次出现并规定简称{y}"
    w = _WHERE.search(text)
    if w is None:
        return None
    head = re.sub(r"^(?:外部)?(?:文件|文件名|名称)(?:为|是|[：:])", "", text[:w.start()])
    t = _TITLE.match(head)     # the document is the sentence's subject, with nothing but where said after it
    if t is None or not re.fullmatch(r"[，,]?(?:在本规定(?:中|里)?|本规定中)?(?:的)?[，,]?", head[t.end():]):
        return None
    terms = [g for g in (t.group("title"), t.group("alias"), t.group("number")) if g]
    pos = w.group("pos")
    if re.sub(_NUM, "", _TALK.sub("", pos)).strip():
        return None                       # the places say something more than where
    said = [r.article for r in find_refs(pos) if r.article and not r.doc_title and not r.doc_number]
    if not said:
        return None
    having = [k for k in numbers if (a := article(k)) and any(term in a for term in terms)]
    for k in said:
        if k not in having:
            return False, f"第{k}条没有提到{terms[0]}"
    for m in re.finditer(rf"(?P<ref>{_NUM})定义", pos):
        k = [r.article for r in find_refs(m.group("ref")) if r.article][0]
        if "简称" not in (article(k) or ""):
            return False, f"第{k}条没有给{terms[0]}下定义或简称"
    if "等" not in pos and set(having) - set(said):
        return False, f"{terms[0]}还出现在第{sorted(set(having) - set(said))[0]}条"
    return True, f"{terms[0]}出现在" + "、".join(f"第{k}条" for k in said)
