"""An article's paragraphs (款), each with the lines that belong to it; and its items (项).

A paragraph of an article is a line that starts it; the lines after it that are an item （一）, a
sub-item of an item (1. / 1、 / （1）) or a row of a table (| … |) are that paragraph's, not
paragraphs of their own. A regulation written in Markdown puts each of them on its own line, and
one that lists sub-items under an item (第七条（二）'s "1. 非汛期…") or grades its cases in a table
(第十五条) would otherwise have its paragraphs miscounted (a sub-item or a row read as 第三款) and its
items cut off from the paragraph that lists them ("第二十条第一款列了四种：" held to the lead
alone, every item of it "not in the paragraph").

An article's items are its （一） lines; a regulation that numbers them 1. / 1、 / （1） instead (no
（一） line in the article, so those lines are not sub-items of an item) has them as its items:
"第8条第1款第1项" names the line "1. 发生老年人死亡或者走失的…" of an article written so, and reading
such an article as having no items flags every right draft that cites one (`item_lines`, `item`).
"""
from __future__ import annotations

import re

from ..references import cn_int

# an item, a sub-item (1. / 1、 / (1) / （1） / ①, not 1.5 or a year) or a table row; a sub-item
# numbered ① … ⑳ (g22alarm: 第14条（二）"重大事件，是指有下列情形之一的：" and its ① … ④ lines) is
# its item's, not a paragraph of its own
_PART = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]|[（(]\d{1,2}[)）]|\d{1,2}[.．、](?!\d)|[\u2460-\u2473]|\|)")


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


# an item numbered in Arabic digits: 1. / 1、 / （1） (not 1.5 or a year)
_ARABIC_ITEM = re.compile(r"^\s*(?:[（(](\d{1,2})[)）]|(\d{1,2})[.．、](?!\d))")


def is_arabic_item(line: str) -> bool:
    """Whether the line opens with an item number in Arabic digits (1. / 1、 / （1）)."""
    return bool(_ARABIC_ITEM.match(line))


def item_lines(text: str, k: int | None = None) -> list[tuple[int, str]]:
    """The article's items, each (its number, its line): its （一） lines; where it has none, its
    1. / 1、 / （1） lines (items numbered in Arabic digits, not sub-items of an item), those of its
    k-th paragraph when k is given (each paragraph's list numbered from 1)."""
    lines = [x for x in text.splitlines() if x.strip()]
    chinese = [(m.group(1), x) for x in lines if (m := _ITEM.match(x))]
    if chinese:
        out = []
        for numeral, x in chinese:
            try:
                out.append((cn_int(numeral), x))
            except ValueError:
                continue
        return out
    if k is not None and (own := paragraph(text, k)) is not None:
        lines = own.splitlines()
    return [(int(m.group(1) or m.group(2)), x) for x in lines if (m := _ARABIC_ITEM.match(x))]


def _arabic_item(text: str, mark: str, k: int | None = None) -> str | None:
    """Item `mark` (（二）) of an article that numbers its items 2. / 2、 / （2） and has no （一）
    line, with the rows under it, else None; in its k-th paragraph when k is given, and None when
    k is not and the article has two lists (第二款's "1." is not 第一款's)."""
    m = _ITEM.match(mark)
    if m is None or any(_ITEM.match(x) for x in text.splitlines()):
        return None
    try:
        n = cn_int(m.group(1))
    except ValueError:
        return None
    numbers = [x for x, _ in item_lines(text)]
    lead = ""
    if k is not None and (own := paragraph(text, k)) is not None:
        text = own
        # the paragraph's own lead (有下列情形之一的，免予追究：) goes with its item: the item says
        # nothing without it, and another paragraph's lead is another list's
        first = own.splitlines()[0]
        first = re.sub(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?\s*", "", first)     # (not the article's label)
        lead = first + "\n" if re.search(r"[：:]\s*$", first) else ""
    elif len(numbers) != len(set(numbers)):
        return None
    out: list[str] = []
    for line in (x for x in text.splitlines() if x.strip()):
        if out:
            if not is_part(line) or _ARABIC_ITEM.match(line):
                break
            out.append(line)
        elif (a := _ARABIC_ITEM.match(line)) and int(a.group(1) or a.group(2)) == n:
            out.append(line)
    return lead + "\n".join(out) if out else None


def item(text: str, mark: str, k: int | None = None) -> str | None:
    """The item whose line starts with `mark` (（二）) with the sub-items and rows under it
    (第七条（二）"按照下列频次开展巡查：" and its "1. 非汛期…"), else None; in an article whose items
    are numbered 1. / 1、 / （1）, the item of that number."""
    if mark.strip() not in text:
        return _arabic_item(text, mark, k)
    if k is not None and (own := paragraph(text, k)) is not None and mark.strip() in own:
        text = own          # 第二款第（二）项: the second list's （二）, not the first's (two lists)
    out: list[str] = []
    for line in (x for x in text.splitlines() if x.strip()):
        if out:
            if not is_part(line) or _ITEM.match(line):
                break
            out.append(line)
        elif line.strip().startswith(mark):
            out.append(line)
    return "\n".join(out) if out else None
