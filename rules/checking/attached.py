"""A document said to be attached to another: "中办发[2009]25号即《…》，其全文作为附件附在《深圳市党政领
导干部问责暂行规定》之后" where the regulation only cites it by name.

The words of such a sentence are the cited article's (the title, the document number) and the
host's title, so the support test found them; that one text carries another as an annex is a
claim about the sources themselves, and only a source that has an annex can hold it. Read here:
a clause that says a text is attached (作为附件, 附在…之后/后面/后, 附于…后, 附后, 随附, 作为附录) and
is not denied (没有附, 未附, 并未作为附件) holds only when some document of the sources has an annex
(a 附件 / 附录 heading or mention, or a line opened by 附：).
"""
from __future__ import annotations

import re

from .sources import SourceSet

_ATTACHED = re.compile(r"作为附件|作为附录|附在[^，,。；;]{0,30}(?:之后|后面|后边|末尾|后)|附于[^，,。；;]{0,30}(?:之后|后面|后)|附后|随附|全文附")
_DENIED = re.compile(r"(?:没有|没|未|并未|并没有|不|无|并非|不是)[^，,。；;]{0,6}$")
_ANNEX = re.compile(r"附件|附录|(?:^|\n)\s*附[：:]")


def _has_annex(sources: SourceSet) -> bool:
    return any(_ANNEX.search(sources.context(d)) for d in sources.documents)


def problems(sentence: str, sources: SourceSet) -> list[str]:
    m = _ATTACHED.search(sentence)
    if m is None or _DENIED.search(sentence[:m.start()]) or _has_annex(sources):
        return []
    return [f"“{m.group(0)}”：来源中没有任何文件附有附件或附录，原文只是引用其名称"]
