"""A section heading quoted with its own number: “（三）健全行政责任体系”, “2、全面推行目标管理”
(branch szalarm).

A paper's passages carry their section numbers in their label (《…》二（三）2) and their headings,
without the numbers, in their heading path (…主要做法和体会 健全行政责任体系，整体推进行政问责工作
全面推行目标管理，落实工作责任制). A quote that gives a heading as the document prints it, number
first, is verbatim when the passage numbered so has, at that level of its path, a heading that
opens with (or holds) the quoted words. “（二）健全行政责任体系” is not: section （二） has another
heading.
"""
from __future__ import annotations

import re

from .sources import SourceSet, squash

# the number a heading is printed with: 三、 / （三） / 2、 / 2.
_NUMBERED = re.compile(r"^\s*(?:(?P<top>[一二三四五六七八九十]+)[、.．]|[（(](?P<paren>[一二三四五六七八九十]+)[)）]|"
                       r"(?P<arabic>\d{1,2})[、.．])\s*(?P<words>\S.*)$")
# the segments of a passage label after its title: 二, （三）, 2
_SEGMENT = re.compile(r"[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+|\d{1,2}")


def _segments(label: str) -> list[str]:
    place = label.split("》", 1)[-1].split(" ")[0]
    return _SEGMENT.findall(place)


def numbered_heading(span: str, sources: SourceSet) -> bool:
    """Whether the quoted span is a heading of some passage's path printed with its number."""
    m = _NUMBERED.match(span)
    if m is None:
        return False
    if m.group("top"):
        number = m.group("top")
    elif m.group("paren"):
        number = f"（{m.group('paren')}）"
    else:
        number = m.group("arabic")
    words = squash(m.group("words"))
    if len(words) < 2:
        return False
    for p in sources.passages:
        if not p.heading:
            continue
        segs = _segments(p.label)
        path = p.heading.split(" ")
        for level, seg in enumerate(segs):
            seg = re.sub(r"[(]", "（", re.sub(r"[)]", "）", seg))
            if seg == number and level < len(path) and words in squash(path[level]):
                return True
    return False
