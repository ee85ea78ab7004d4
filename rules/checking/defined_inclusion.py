"""A bound said with a word that the regulation's definitions article gives the other inclusion:
"10平方米以下" where the text says "不满10平方米" and defines "以下" as including 本数 and "不满" as
not including it (branch g19miss).

A regulation commonly fixes its bound words: "本办法所称“以上”“以下”“以内”，包括本数；所称“不满”
“超过”，不包括本数。" Under that article "X以下" and "不满X" are two bounds: one takes X itself in,
the other leaves it out. A draft that restates the text's "不满10平方米" as "10平方米以下" moves the
bound by its boundary case, and the support test, which finds the figure 10平方米 in the statement,
cannot see it.

The reading takes each figure with its measure in the sentence and the bound word next to it
(以上/以下/以内 after it; 不满/超过/不超过/不少于… before it), and turns that word into a side (upper
or lower) and an inclusion, by the document's definitions for the words it defines and by the
words' plain sense for those whose sense is one (不超过 includes, 不到 does not). Where every place
the document gives that figure with that measure is bounded by a word whose side and inclusion are
known, and none of them is the sentence's, the sentence moved the bound. A defined word of the
sentence the document does not define decides nothing; a figure the text bounds in an unknown way,
or nowhere, is left to the other readings. A document without a definitions article is not read.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .defined_bounds import definitions as _one_by_one
from .numerals import arabic
from .sources import SourceText

_MEASURE = r"(?:平方米|立方米|千米|公里|米|吨|千克|公斤|万元|元|个工作日|工作日|个月|日|天|小时|分钟|年|周岁|人|名|次|辆|家|%)"
_FIGURE = re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?)\s*({_MEASURE})")
_AFTER = re.compile(r"(?:及|或者?)?(以上|以下|以内)")
# words before a figure whose side and inclusion do not depend on a definition
_PLAIN = {
    "不超过": ("upper", True), "不得超过": ("upper", True), "不多于": ("upper", True), "最多": ("upper", True),
    "至多": ("upper", True), "不高于": ("upper", True), "最长": ("upper", True),
    "不少于": ("lower", True), "不得少于": ("lower", True), "不低于": ("lower", True), "至少": ("lower", True),
    "最少": ("lower", True),
    "不足": ("upper", False), "不到": ("upper", False), "未满": ("upper", False), "低于": ("upper", False),
    "少于": ("upper", False), "多于": ("lower", False), "高于": ("lower", False),
}
# words whose inclusion the definitions article gives
_DEFINED_SIDE = {"以上": "lower", "以下": "upper", "以内": "upper", "不满": "upper", "超过": "lower"}
_BEFORE = re.compile(r"(不得超过|不超过|不多于|不高于|不得少于|不少于|不低于|最多|至多|最长|至少|最少"
                     r"|不足|不到|未满|不满|低于|少于|多于|高于|超过)\s*$")
_SAME = {"天": "日", "名": "人", "工作日": "个工作日"}
# a definition of several words at once: 所称“以上”“以下”“以内”，包括本数
_LISTED = re.compile(r"((?:“(?:以上|以下|以内|不满|超过)”[、，,和及与]?){1,5})[，,]?\s*(不?包括)本数")


def definitions(document: str) -> dict[str, bool]:
    """Each bound word the document defines -> whether it includes 本数 (one by one, as
    defined_bounds reads them, or several words at once)."""
    out = _one_by_one(document)
    for m in _LISTED.finditer(document):
        for word in re.findall(r"“([^”]+)”", m.group(1)):
            out.setdefault(word, m.group(2) == "包括")
    return out


def _bound(text: str, start: int, end: int, defined: dict[str, bool]) -> tuple[str, bool] | None | str:
    """(side, inclusive) of the bound on the figure at text[start:end]; None where it has no bound
    word; 'unknown' where its word's inclusion is not known."""
    after = _AFTER.match(text, end)
    word = after.group(1) if after else None
    if word is None:
        before = _BEFORE.search(text[max(0, start - 5):start])
        word = before.group(1) if before else None
    if word is None:
        return None
    if word in _PLAIN:
        return _PLAIN[word]
    if word in defined:
        return _DEFINED_SIDE[word], defined[word]
    return "unknown"


# (branch wsz3) what a figure counts: the words right after its bound, past the other end of a
# range ("3人以上10人以下重伤": 重伤 for both figures), else the words before it ("直接经济损失500万元以上")
_PARTNER = re.compile(rf"\s*(?:[、，,至到～~-]|不满|超过|不足|不到)*\s*\d+(?:\.\d+)?\s*{_MEASURE}(?:及|或者?)?(?:以上|以下|以内)?")
_BOUND_AFTER = re.compile(r"(?:及|或者?)?(?:以上|以下|以内)")
_NOT_COUNTED = set("的之或和及与并且而，,。；;：:、（）()")


def _counted(text: str, start: int, end: int) -> str:
    """The two characters naming what the figure at text[start:end] counts, marked with the side
    they stand on ('>重伤' after it, '<损失' before it), or ''."""
    at = end
    if (m := _BOUND_AFTER.match(text, at)):
        at = m.end()
    if (m := _PARTNER.match(text, at)):
        at = m.end()
    # (a 的 after the range makes what follows a noun the range modifies, 1000人以上的活动, which
    # names no measure the text's table keys: the words before the figure are read then)
    after = text[at:at + 2]
    if len(after) == 2 and all("\u4e00" <= c <= "\u9fff" and c not in _NOT_COUNTED for c in after):
        return ">" + after
    head = _BEFORE.sub("", text[max(0, start - 8):start])
    before = head[-2:]
    if len(before) == 2 and all("\u4e00" <= c <= "\u9fff" and c not in _NOT_COUNTED for c in before):
        return "<" + before     # (the side is kept: 5万元以下罚款 is a fine's amount, 罚款超过5万元 another)
    return ""


_MIRROR = {"<": ">", ">": "<"}


@lru_cache(maxsize=64)
def _document_bounds(document: str) -> tuple[dict[str, bool], dict[tuple, frozenset]]:  # noqa: D401
    """The bound words the document defines, and the bounds it gives each figure with its measure
    (keyed (figure, measure)) and with what it counts as well (keyed (figure, measure, counted))."""
    defined = definitions(document)
    return defined, _bounds_in(document, tuple(sorted(defined.items()))) if defined else {}


@lru_cache(maxsize=256)
def _bounds_in(document: str, defined_words: tuple) -> dict[tuple, frozenset]:
    """The bounds a text gives each figure with its measure (and with what it counts), its bound
    words read by the definitions `defined_words` ((word, inclusive) pairs) of its document."""
    defined = dict(defined_words)
    out: dict[tuple, set] = {}
    text = arabic(document)
    for m in _FIGURE.finditer(text):
        key = (m.group(1), _SAME.get(m.group(2), m.group(2)))
        bound = _bound(text, m.start(), m.end(), defined)
        out.setdefault(key, set()).add(bound)
        if (counted := _counted(text, m.start(), m.end())):
            out.setdefault(key + (counted,), set()).add(bound)
    return {k: frozenset(v) for k, v in out.items()}


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    if not re.search(r"以上|以下|以内|不|最|至|低于|少于|多于|高于|超过", sentence) or not whole:
        return []
    defined, theirs = _document_bounds("\n".join(p.text for p in whole))
    if not defined:
        return []
    said = arabic(sentence)
    named = _bounds_in("\n".join(p.text for p in passages), tuple(sorted(defined.items()))) if passages else {}
    out = []
    for m in _FIGURE.finditer(said):
        mine = _bound(said, m.start(), m.end(), defined)
        if mine is None or mine == "unknown":
            continue
        key = (m.group(1), _SAME.get(m.group(2), m.group(2)))
        # the bounds of the figure where it counts what the sentence's counts (10人…重伤, not the
        # 10人 of 集体身体不适), else wherever the document gives it
        counted = _counted(said, m.start(), m.end())
        bounds = theirs.get(key + (counted,)) if counted and key + (counted,) in theirs else theirs.get(key)
        if counted and key + (counted,) in theirs and named:
            # (what it counts on the other side as well, in the passages the sentence names: "重伤3人
            # 以上…第（三）项" is that item's "3人以上重伤", which stands beside 第（二）项's "重伤不满3人";
            # a bound the named passages do not give that way still fails: galarm4)
            bounds = bounds | named.get(key + (_MIRROR[counted[0]] + counted[1:],), frozenset())
        held = named.get(key, frozenset())
        if held and None not in held and "unknown" not in held and mine not in held:
            # (galarm4) the passages the sentence names bound the figure, all another way: "重伤3人以上的，
            # 属于第（二）项" where that item says 重伤不满3人 (the document's other bound of it is not
            # that item's)
            kind = "是否包括本数" if any(b[0] == mine[0] for b in held) else "方向"
            out.append(f"“{m.group(0)}”的界限与所引条文不符（原文按其用语的定义，这个界限的{kind}不同）")
            continue
        if not bounds or None in bounds or "unknown" in bounds or mine in bounds:
            continue
        kind = "是否包括本数" if any(b[0] == mine[0] for b in bounds) else "方向"
        out.append(f"“{m.group(0)}”的界限与原文不符（原文按其用语的定义，这个界限的{kind}不同）")
    return out
