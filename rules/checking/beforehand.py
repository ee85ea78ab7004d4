"""Time said in other words: 之前 / 以前 for 前, and 先 / 先行 after it ("在国务院、省作出问责决定之前
先行作出初步问责决定" for 第十三条's "在国务院、省作出问责决定前，…作出以下初步问责决定"). 之 and 以
add nothing to 前 (之后 / 以后 to 后), and 先 after 前 says again that it comes first; the support
test counted them as new words of the article ("之前先行作"). Written as the article's 前 / 后, the
sentence is judged as before: 之后 for 前 is still 后, which the article does not have."""
from __future__ import annotations

import re

_BEFOREHAND = re.compile(r"(?<=[\u4e00-\u9fff])(?:之|以)?前(?:先行|先)(?=[\u4e00-\u9fff])")
_OF_TIME = re.compile(r"(?<=[\u4e00-\u9fff])(?:之|以)(?=[前后][，,]?[\u4e00-\u9fff（(])")


def plain_time(sentence: str) -> str:
    """The sentence with 之前 / 以前 as 前, 之后 / 以后 as 后, and 前先(行) as 前."""
    return _OF_TIME.sub("", _BEFOREHAND.sub("前", sentence))
