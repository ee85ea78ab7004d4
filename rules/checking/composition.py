"""Who a body is made of, said by its members: "成员来自纪检监察机关以及有关部门" restating 第十二条's
"由纪检监察机关以及有关部门组成的事故问责组". The support test reads "成员来自" as new words; the
clause says no more than the passage's 由X组成 when X is the passage's own list, so it is read in
the passage's words. X must be the passage's X word for word (bare): "成员来自组织人事部门" is left
as written and held to the passage (and to the accident group's rows) as before."""
from __future__ import annotations

import re

from .sources import SourceText, bare

_MADE_OF = re.compile(r"由([^，,。；;由]{2,30}?)组成")
_MEMBERS = re.compile(r"(?:其|它的|该组)?(?:成员|组成人员|组员)(?:都|均|主要)?(?:来自于?|来源于|包括|包含|有|是|为|由)")


def as_made_of(sentence: str, passages: list[SourceText]) -> str:
    """The sentence with "成员来自X" written "由X组成" where a passage says 由X组成 of the same X."""
    lists = {bare(m.group(1)): m.group(1) for p in passages for m in _MADE_OF.finditer(p.text)}
    if not lists:
        return sentence
    for m in _MEMBERS.finditer(sentence):
        rest = sentence[m.end():]
        for key, words in lists.items():
            cut = re.match(r"[^，,。；;（(]+", rest)
            if cut and bare(cut.group(0)) == key:
                return sentence[:m.start()] + "由" + words + "组成" + rest[cut.end():]
    return sentence
