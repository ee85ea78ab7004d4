"""A class the text defines by a list of cases: "（三）重大事件，是指有下列情形之一的：\n1. 造成3人以上死亡；
\n2. 造成超过10人重伤；…" (branch `g18miss`).

`class_threshold` holds the asker's figure, said to reach a class, to the thresholds of the class's
definition (<class>，是指…); a definition that ends in a colon and lists its cases on the lines
after it (1. / （一） / 一、 sub-items) gave it only "有下列情形之一的：", no threshold, so "死2个人就
属于重大事件了" passed where the list puts 2人死亡 under 较大事件 and 重大事件 at 3人以上. Here such a
definition is read as its listed cases, each an alternative ("；"-joined, as a one-line definition
joins them with 或者), up to the next line that is no sub-item (the next class's line, a closing
sentence).

(g20miss) An annex may write its grades as a nested list ("  - （一）Ⅰ级险情，是指有下列情形之一的：" with
its cases as "    - 1. …" lines below): a list marker may open any line, a class may be named by a
Roman grade (Ⅰ级险情), and a class's cases are the lines numbered the way its first case is (1.):
a line numbered another way (the next part's heading, "- 二、渡运险情") is no case of the class
above it (an ingested list loses its indentation, so the numbering tells the levels).
"""
from __future__ import annotations

import re

_LISTED = re.compile(r"([\u4e00-\u9fff\u2160-\u216b]{2,14})，是指(?:有)?(?:下列|以下)(?:情形|情况|条件)之一的?[：:]\s*$")
_SUB = re.compile(r"^\s*(?:[-*+]\s+)?(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)\s*")


def _kind(marker: str) -> str:
    """How a case line is numbered: 1. / （一） / 一、."""
    m = marker.strip().lstrip("-*+").strip()
    return "digit" if m[:1].isdigit() else "bracket" if m[:1] in "（(" else "word"


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
        kind = None
        for nxt in lines[k + 1:]:
            if not nxt.strip():
                continue
            s = _SUB.match(nxt)
            if s is None or _LISTED.search(nxt) or kind is not None and _kind(s.group(0)) != kind:
                break
            kind = _kind(s.group(0))
            cases.append(nxt[s.end():].strip().rstrip("；;。"))
        if cases:
            out[m.group(1)] = "；".join(cases)
    return out
