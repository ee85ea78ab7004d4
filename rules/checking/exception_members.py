"""An exception said with fewer members than the text's: "区城市管理部门负责本辖区内除特大桥梁以外
的桥梁隧道的安全监督管理" where the text says 除特大桥梁、城市隧道以外的城市桥梁. Each member an
exception names is taken out of what the rule covers; one left out puts it back in, and the
sentence gives the rule a thing the text withholds from it (城市隧道, hence 下穿通道). Every word the
draft does say is in the text, so the support test passes it.

Read here, from any text's shape: the draft's 除A(、B…)以外 / 之外 / 外 and the text's exceptions
of the same construction whose members include every member the draft names (a member matches
one of the text's when either ends with the other: 隧道 for 城市隧道) and whose words after the
exception the draft restates (two of their character pairs at least). A member of the text's that
the sentence does not say anywhere (not even its last two characters) was left out. An exception
the draft names fully, or with members the text's has not, is left to the other readings."""
from __future__ import annotations

import re

from .sources import bigrams

_EXCEPT = re.compile(r"除(?:了)?(?P<m>[^，,。；;：:除]{2,40}?)(?:以外|之外|外)(?P<after>[^，,。；;]{0,12})")
_SPLIT = re.compile(r"、|和|及|与|以及|或者|或")


def _members(m: re.Match) -> list[str]:
    return [x for x in _SPLIT.split(m.group("m")) if x.strip()]


def _matches(mine: str, theirs: str) -> bool:
    return len(mine) >= 2 and len(theirs) >= 2 and (mine.endswith(theirs) or theirs.endswith(mine))


def problem(sentence: str, texts: list[str]) -> str:
    """Why the sentence's exception leaves out a member of the text's, else ""."""
    if "除" not in sentence:
        return ""
    for m in _EXCEPT.finditer(sentence):
        mine = _members(m)
        if not mine:
            continue
        after = bigrams(m.group("after"))
        for t in texts:
            if "除" not in t:
                continue
            for n in _EXCEPT.finditer(t):
                theirs = _members(n)
                if len(theirs) <= len(mine) or not all(any(_matches(x, y) for y in theirs) for x in mine):
                    continue
                if len(after & bigrams(n.group("after"))) < 2:
                    continue
                left = [y for y in theirs if not any(_matches(x, y) for x in mine) and y not in sentence
                        and y[-2:] not in sentence.replace(m.group(0), "")]
                if left:
                    return f"略去了原文除外的“{left[0]}”（原文：{n.group(0)}）。"
    return ""
