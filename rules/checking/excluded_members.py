"""The members a text puts outside its own rule: "公路桥梁、铁路桥梁和城市轨道交通专用桥梁隧道的安全
管理责任追究，不适用本办法", "本办法不适用于X", "但是，X除外" (branch `g16miss`).

A scope article says what it covers and, often in the next paragraph, what it does not; the
excluded members are the text's own words, so a draft that joins one of them into the covered list
("城市桥梁、城市隧道，以及市管公路桥梁的管理…单位") finds every character of it in the article, and
`inserted_member` (which flags a joined member only when the article has none of its characters)
let it through. Read here: the subject of each exclusion (up to its first 的, or the words of 除外 /
不适用于), cut into members at 、 和 及 与 以及 或者; a member of four characters or more is excluded
by the text. `inserted_member` asks this of the member it finds joined into the article's words.
"""
from __future__ import annotations

import re

_REGULATION = r"本(?:办法|规定|条例|细则|决定|实施办法|规则)"
_SUBJECT_FIRST = re.compile(rf"(?:^|[。；;\n：:])\s*(?:[（(][一二三四五六七八九十\d]+[)）])?([^。；;\n：:]{{2,80}}?)[，,]?(?:不适用|不属于){_REGULATION}")
_SUBJECT_AFTER = re.compile(rf"{_REGULATION}不适用于([^。；;\n：:]{{2,80}})")
_EXCEPTED = re.compile(r"(?:但是|但)[，,]?([^，,。；;：:]{4,60}?)除外")
_JOIN = re.compile(r"以及|或者|、|和|及|与")
MIN_MEMBER = 4


def _members(subject: str) -> list[str]:
    subject = re.sub(r"^(?:对|关于)", "", subject.split("的", 1)[0].split("，", 1)[0].split(",", 1)[0])
    return [m for m in _JOIN.split(subject) if len(m) >= MIN_MEMBER and re.fullmatch(r"[\u4e00-\u9fff]+", m)]


def excluded(texts: list[str]) -> list[tuple[str, str]]:
    """(member, the statement excluding it) for every exclusion of the texts."""
    out = []
    for text in texts:
        for pat in (_SUBJECT_FIRST, _SUBJECT_AFTER, _EXCEPTED):
            for m in pat.finditer(text):
                out += [(x, m.group(0).strip("。；;\n：: ")) for x in _members(m.group(1))]
    return out


def excluded_in(words: str, texts: list[str]) -> tuple[str, str] | None:
    """The excluded member `words` hold, with its statement; None when none."""
    return next(((x, s) for x, s in excluded(texts) if x in words), None)
