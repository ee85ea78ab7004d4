"""The items of another article a statement cites: "因第五条第（二）项或者第（三）项情形被处罚两次以上".

`aligned` compares the items a clause names with those of the statement it restates only for the
article's own items (第（四）项, not preceded by 条), and `find_refs` reads the first item of a run
joined by 或者. A clause that restates such a statement with another item of the cited article
("因第五条第（一）项情形被处罚两次以上") named a case the statement does not have (branch wcalarm:
once the alternatives of a condition no longer had to be said, this was left uncaught).
"""
from __future__ import annotations

import re

from ..references import cn_int

_N = r"[零一二两三四五六七八九十百\d]+"
_RUN = re.compile(rf"第({_N})条((?:第{_N}款)?(?:第[（(]{_N}[)）]项(?:、|或者|和|及|以及|与)?)+)")
_ITEM = re.compile(rf"[（(]({_N})[)）]项")


def cited(text: str) -> dict[str, set[str]]:
    """Article (as written) -> the items of it the text cites."""
    out: dict[str, set[str]] = {}
    for m in _RUN.finditer(text):
        out.setdefault(m.group(1), set()).update(_ITEM.findall(m.group(2)))
    return out


def other_items(clause: str, statement: str) -> str | None:
    """The statement's items of an article the clause cites other items of, as "第五条第（二）项、
    第（三）项", else None."""
    mine, theirs = cited(clause), cited(statement)
    for art, items in mine.items():
        if art in theirs and not items <= theirs[art]:
            return f"第{art}条第（" + "）项、第（".join(sorted(theirs[art], key=cn_int)) + "）项"
    return None


def problems(sentence: str, named: list) -> list[str]:
    """The sentence cites items of an article that the articles it names (`named`, their texts)
    cite other items of: "按第十七条，…因第五条第（一）项情形…" where 第十七条 cites 第五条第（二）项
    或者第（三）项."""
    text = "\n".join(p.text for p in named)
    if "项" not in sentence or not text:
        return []
    got = other_items(sentence, text)
    return [f"原文所引的是{got}（{'、'.join(p.label for p in named)}）"] if got else []
