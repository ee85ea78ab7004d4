"""The items a passage's own back-reference names, restated with another number: "前款第（三）项、
第（五）项……不适用于乡镇人民政府设立的公益性渡口的管理单位" where the passage says 前款第（三）项、
第（四）项不适用于…。

References are taken out before a sentence's words are matched (a sentence's 第十八条 is no term
of the passage), so a number changed inside a back-reference the passage itself makes (前款, 前项,
本款 with its items) is matched by the rest of the clause and passes. Here a back-reference of the
sentence with its items is set beside the passage's back-reference of the same kind whose words
right after it are the sentence's (the same predicate: 不适用于…); when the passage has such a
reference and none of them names the sentence's items, the items were exchanged. A gloss the
sentence puts between the reference and its predicate (——也就是罚款和…——, （即…）) is skipped.
"""
from __future__ import annotations

import re

from ..references import cn_int
from .sources import bare

_REL = re.compile(r"(?P<rel>前款|前项|上款|本款|前两款|前三款)(?P<items>(?:第?[（(][一二三四五六七八九十\d]+[)）](?:项)?[、和及与或]?)+)")
_ITEM = re.compile(r"[（(]([一二三四五六七八九十\d]+)[)）]")
_GLOSS = re.compile(r"^(?:——[^—]*——|--[^-]*--|[（(][^）)]*[)）]|，?(?:也就是|即)[^，,。；;]*，)")
PREDICATE = 6             # characters of the words after a reference that tell its predicate


def _items(s: str) -> frozenset[int]:
    out = set()
    for x in _ITEM.findall(s):
        try:
            out.add(cn_int(x) if not x.isdigit() else int(x))
        except Exception:
            return frozenset()
    return frozenset(out)


def _after(text: str, end: int) -> str:
    rest = text[end:]
    while (g := _GLOSS.match(rest)) is not None:
        rest = rest[g.end():]
    return bare(rest)[:PREDICATE]


def exchanged(sentence: str, text: str) -> list[str]:
    """["前款第（五）项（原文：前款第（三）项、第（四）项）"] for each back-reference of the sentence
    whose items the passage's back-reference with the same predicate does not name; [] otherwise."""
    if "前" not in sentence and "本款" not in sentence and "上款" not in sentence:
        return []
    theirs = [(m.group("rel"), _items(m.group("items")), _after(text, m.end()), m.group(0)) for m in _REL.finditer(text)]
    if not theirs:
        return []
    out = []
    for m in _REL.finditer(sentence):
        mine, pred = _items(m.group("items")), _after(sentence, m.end())
        if not mine or len(pred) < PREDICATE:
            continue
        same = [(items, said) for rel, items, p, said in theirs if rel == m.group("rel") and p == pred and items]
        if same and not any(items == mine for items, _ in same):
            out.append(f"{m.group(0)}（原文：{same[0][1]}）")
    return out
