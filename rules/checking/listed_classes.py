"""A class the text defines by a list of cases: "（三）重大事件，是指有下列情形之一的：\n1. 造成3人以上死亡；
\n2. 造成超过10人重伤；…" (branch `g18miss`).

`class_threshold` holds the asker's figure, said to reach a class, to the thresholds of the class's
definition (<class>，是指…); a definition that ends in a colon and lists its cases on the lines
after it (1. / （一） / 一、 sub-items) gave it only "有下列情形之一的：", no threshold, so "死2个人就
属于重大事件了" passed where the list puts 2人死亡 under 较大事件 and 重大事件 at 3人以上. Here such a
definition is read as its listed cases, each an alternative ("；"-joined, as a one-line definition
joins them with 或者), up to the next line that is no sub-item (the next class's line, a closing
sentence).
"""
from __future__ import annotations

import re

_LISTED = re.compile(r"([\u4e00-\u9fff]{2,14})，是指(?:有)?(?:下列|以下)(?:情形|情况|条件)之一的?[：:]\s*$")
_SUB = re.compile(r"^\s*(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)\s*")


def classes(text: str) -> dict[str, str]:
    """The classes `text` (figures in digits) defines by a list of cases, each with its cases
    joined by "；"."""
    out: dict[str, str] = {}
    lines = text.splitlines()
    for k, line in enumerate(lines):
        m = _LISTED.search(line)
        if m is None:
            continue
        cases = []
        for nxt in lines[k + 1:]:
            if not nxt.strip():
                continue
            s = _SUB.match(nxt)
            if s is None or _LISTED.search(nxt):
                break
            cases.append(nxt[s.end():].strip().rstrip("；;。"))
        if cases:
            out[m.group(1)] = "；".join(cases)
    return out
