"""An article's paragraphs (款), each with the lines that belong to it.

A paragraph of an article is a line that starts it; the lines after it that are an item （一）, a
sub-item of an item (1. / 1、 / （1）) or a row of a table (| … |) are that paragraph's, not
paragraphs of their own. A regulation written in Markdown puts each of them on its own line, and
one that lists sub-items under an item (第七条（二）'s "1. 非汛期…") or grades its cases in a table
(第十五条) would otherwise have its paragraphs miscounted (a sub-item or a row read as 第三款) and its
items cut off from the paragraph that lists them ("第二十条第一款列了四种：" held to the lead
alone, every item of it "not in the paragraph").
"""
from __future__ import annotations

import re

# an item, a sub-item (1. / 1、 / (1) / （1）, not 1.5 or a year) or a table row
_PART = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]|[（(]\d{1,2}[)）]|\d{1,2}[.．、](?!\d)|\|)")


def is_part(line: str) -> bool:
    """Whether the line belongs to the paragraph before it (an item, a sub-item, a table row)."""
    return bool(_PART.match(line))


def paragraphs(text: str) -> list[list[str]]:
    """The article's paragraphs in order, each its opening line and the lines that belong to it."""
    out: list[list[str]] = []
    for line in (x for x in text.splitlines() if x.strip()):
        if out and is_part(line):
            out[-1].append(line)
        else:
            out.append([line])
    return out


def paragraph(text: str, k: int) -> str | None:
    """The k-th paragraph (1-based) with its items, sub-items and rows, else None."""
    paras = paragraphs(text)
    return "\n".join(paras[k - 1]) if 0 < k <= len(paras) else None


_ITEM = re.compile(r"^\s*[（(]([一二三四五六七八九十]+)[)）]")


def item(text: str, mark: str) -> str | None:
    """The item whose line starts with `mark` (（二）) with the sub-items and rows under it
    (第七条（二）"按照下列频次开展巡查：" and its "1. 非汛期…"), else None."""
    out: list[str] = []
    for line in (x for x in text.splitlines() if x.strip()):
        if out:
            if not is_part(line) or _ITEM.match(line):
                break
            out.append(line)
        elif line.strip().startswith(mark):
            out.append(line)
    return "\n".join(out) if out else None
