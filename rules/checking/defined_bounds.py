"""A range said in plain words (1万元起、不到5万元) read as the text's bounds (一万元以上五万元以下),
as the regulation's own definitions article says those bounds are meant.

A regulation commonly defines its bound words: "本办法所称“以上”包括本数，“以下”不包括本数。"
Then "X以上" is "X起" (X itself included) and "Y以下" is "不到Y" (Y itself excluded), and a
draft that explains a range in those plain words says exactly what the text says. The rewriting
follows the definition the document gives, word by word: "X起" becomes "X以上" only where the
document says 以上 includes 本数, "不到Y" becomes "Y以下" only where it says 以下 does not. A
document that defines nothing (or defines the other way) has nothing rewritten, so a plain range
that contradicts the definition is still measured in its own words and fails.
"""
from __future__ import annotations

import re

_UNIT = r"(?:万元|元|个工作日|工作日|个月|日|天|年|小时|人|次|%)"
_DEFINED = re.compile(r"“(以上|以下|以内|以外|不满|超过)”(不?包括)本数")
# a whole range: a figure with its unit followed by 起 (起步, 起算 are other words), then 不到 /
# 不满 / 未满 / 低于 / 少于 before the other end. Only the pair is rewritten: "1万元起、到5万元为止"
# keeps its own words (its upper end says 5万元 is in, which the definition denies)
_RANGE = re.compile(rf"(\d+(?:\.\d+)?{_UNIT})起(?![步算])([、，,]?\s*(?:但|而|且)?)(?:不到|不满|未满|低于|少于)(\d+(?:\.\d+)?{_UNIT})")


# (g21miss) several bound words defined at once: 所称“以上”“以下”“以内”，包括本数；所称“不满”“超过”，不包括本数
_GROUPED = re.compile(r"((?:“(?:以上|以下|以内|以外|不满|超过|不足|低于)”[、，,]?)+)[，,]?\s*(不?包括)本数")
_WORD = re.compile(r"“([^”]+)”")


def definitions(document: str) -> dict[str, bool]:
    """Each bound word the document defines -> whether it includes 本数 (one at a time, or several
    quoted together before one 包括 / 不包括)."""
    out = {m.group(1): m.group(2) == "包括" for m in _DEFINED.finditer(document)}
    for m in _GROUPED.finditer(document):
        for w in _WORD.findall(m.group(1)):
            out.setdefault(w, m.group(2) == "包括")
    return out


# a sentence saying what a bound word means: “以上”不包括本数, 以下包含本数, 这里的“超过”含本数
_SAID = re.compile(r"[“\"‘]?(以上|以下|以内|以外|不满|超过|不足|低于)[”\"’]?(?:都|也|均|是|则)?(不|并不|没有)?(?:包括|包含|含)(?:了)?本数")


_BOUND_WORD = r"(?:以上|以下|以内|以外|不满|超过|不足|低于)"
_SAID_GROUPED = re.compile(rf"((?:[“\"‘]{_BOUND_WORD}[”\"’][、，,和及与]?)+)[，,]?\s*(?:都|也|均|则)?(不|并不|没有)?(?:包括|包含|含)(?:了)?本数")
_SAID_WORD = re.compile(rf"[“\"‘]({_BOUND_WORD})[”\"’]")


def contradicted(sentence: str, document: str) -> str | None:
    """Why the sentence's account of a bound word (“以上”不包括本数) is not the document's own
    definition of it; None when it says nothing of one or agrees. A word the document does not
    define is left to the other readings (its meaning is the law's, not this text's)."""
    defined = definitions(document)
    said_of = [(m.group(1), m.group(2) is None) for m in _SAID.finditer(sentence)]
    # (heldmiss) several quoted together before one predicate: 所称“以内”“不满”“超过”不包括本数
    # says it of each of them, not of the last alone
    said_of += [(w, m.group(2) is None) for m in _SAID_GROUPED.finditer(sentence) for w in _SAID_WORD.findall(m.group(1))]
    for word, said in said_of:
        if word in defined and defined[word] != said:
            return (f"本文件所称“{word}”{'包括' if defined[word] else '不包括'}本数，"
                    f"不是“{word}”{'包括' if said else '不包括'}本数")
    return None


def in_text_words(text: str, document: str) -> str:
    """`text` with a range 'X起、不到Y' written as the document's 'X以上、Y以下', where its
    definitions article gives those words that meaning; quotes left as they are."""
    defined = definitions(document)
    if not defined:
        return text
    parts = re.split(r"(“[^”\n]*”)", text)
    for i, part in enumerate(parts):
        if part.startswith("“"):
            continue
        if defined.get("以上") is True and defined.get("以下") is False:
            part = _RANGE.sub(r"\1以上\2\3以下", part)
        parts[i] = part
    return "".join(parts)
