"""Which provision a provision cites: "第十一条第（一）项引用的是本办法第六条第（二）项".

A sentence that says one provision of the text (an article, a paragraph or an item) cites, refers
to or rests on another states a relation the citing provision's own words decide: its text must
hold a reference to the provision cited. The support test found both provisions named and their
words somewhere, and passed a citation moved to a neighbouring article (第六条第（二）项's deadline
for the 第七条第（一）项 that 第十一条第（一）项 names). Here the citing provision's text is read for
its references; when none of them is the one the sentence names, the sentence fails. A citing
provision whose text refers only relatively (前款, 本条, a bare 第（二）项) is not judged here.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import Ref, cn_int, find_refs, format_ref

# the verb that says the first provision cites the second: 引用 / 援引 / 指向 / 参照 / 依据 / 提到…
_CITES = re.compile(r"^\s*(?:里|中|当中)?(?:所|说的|讲的|规定的)?(?:引用|援引|引述|指向|参照|依据|援用|提到|提及|引)(?:的|了)?"
                    r"(?:是|为|就是)?(?:本办法|本规定|本条例|本细则|该办法|办法|规定)?\s*$")
_RELATIVE = re.compile(r"前款|前[两二三四五]款|本条|(?<![条款])第[（(][一二三四五六七八九十]+[)）]项|前项|上述")
# (an item numbered 1. / 1、 in a text that numbers its items so, 第11条第5项: g18alarm)
_ITEM_LINE = re.compile(r"^\s*(?:[（(]([一二三四五六七八九十]+)[)）]|(\d{1,2})[.．、](?!\d))")
_NOT_PARAGRAPH = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]|\d+[.．、]|\|)")


def _number(m: re.Match) -> int:
    """The number of an item line's mark, （五） or 5."""
    return cn_int(m.group(1)) if m.group(1) else int(m.group(2))


def _provision(ref: Ref, text_of: Callable[[int], str | None]) -> str | None:
    """The citing provision's own text: its item's line, its paragraph, or the article."""
    text = text_of(ref.article) if ref.article else None
    if text is None:
        return None
    lines = [x for x in text.splitlines() if x.strip()]
    if ref.item:
        items = [x for x in lines if (m := _ITEM_LINE.match(x))]
        # (the text's own kind of item numbering: the bracketed kind when it has any)
        bracketed = [x for x in items if _ITEM_LINE.match(x).group(1)]
        items = bracketed or items
        got = [x for x in items if _number(_ITEM_LINE.match(x)) == ref.item]
        return got[0] if len(got) == 1 else None
    if ref.paragraph:
        # a paragraph is a line that is no item, sub-item (1.) or table row; the rows under it are its own
        paras: list[list[str]] = []
        for x in lines:
            if _NOT_PARAGRAPH.match(x) and paras:
                paras[-1].append(x)
            else:
                paras.append([x])
        return "\n".join(paras[ref.paragraph - 1]) if ref.paragraph <= len(paras) else None
    return text


def problems(sentence: str, text_of: Callable[[int], str | None]) -> list[str]:
    """The citation the sentence states, when the citing provision's text has no such reference."""
    refs = [r for r in find_refs(sentence) if r.article and not r.doc_title and not r.doc_number]
    for a, b in zip(refs, refs[1:]):
        if not _CITES.match(sentence[a.end:b.start]):
            continue
        own = _provision(a, text_of)
        own = re.sub(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?", "", own) if own is not None else None
        if own is None or _RELATIVE.search(own):
            continue
        inner = [r for r in find_refs(own) if r.article and not r.doc_title and not r.doc_number]
        if not inner:
            continue
        if any(r.article == b.article and (not b.paragraph or r.paragraph == b.paragraph)
               and (not b.item or r.item == b.item) for r in inner):
            continue
        said = "、".join(dict.fromkeys(format_ref(r.article, r.paragraph, r.item) for r in inner))
        return [f"{format_ref(a.article, a.paragraph, a.item)}引用的是{said}，"
                f"不是{format_ref(b.article, b.paragraph, b.item)}"]
    return []


def judged(sentence: str, text_of: Callable[[int], str | None]) -> tuple[bool, str] | None:
    """A sentence that says nothing but the citation ("第十一条第（一）项引用的是第七条第一款。"),
    decided by the citing provision's references; None for any other sentence."""
    refs = [r for r in find_refs(sentence) if r.article and not r.doc_title and not r.doc_number]
    if len(refs) != 2 or sentence[:refs[0].start].strip() or re.sub(r"[。.！!\s]", "", sentence[refs[1].end:]) \
            or not _CITES.match(sentence[refs[0].end:refs[1].start]):
        return None
    own = _provision(refs[0], text_of)
    own = re.sub(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?", "", own) if own is not None else None
    if own is None or _RELATIVE.search(own):
        return None
    wrong = problems(sentence, text_of)
    if wrong:
        return False, wrong[0] + "。"
    a, b = refs
    return True, f"{format_ref(a.article, a.paragraph, a.item)}的原文引用{format_ref(b.article, b.paragraph, b.item)}"
