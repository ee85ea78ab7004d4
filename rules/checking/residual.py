"""A catch-all said of an article or an item ("第九条是个兜底条款：除前面列举的情形外，其他…"): the
regulation marks its residual provisions with its own word, 其他, at their head (第九条 "其他给国家
利益…等失职行为的", 第五条（六）"其他不履行或不正确履行…"). Calling a passage 兜底, or glossing its
其他 as 除前面列举的…外 or as what the passages before did not list (前面几条没列到的情况, r13b), says that it opens with 其他; where it does, those words are talk about the
passage and go, and the rest of the sentence is held to it as before. Said of a passage that does
not open with 其他 (第六条是兜底条款), the sentence is wrong."""
from __future__ import annotations

import re

# 兜底 with what it is said of (条款, 项, 规定, 性质…) and the copula before it
_CATCH_ALL = re.compile(r"(?:是|属于|算是?|为)?(?:一个|一项|一条|个|一种)?兜底(?:性)?(?:的)?(?:条款|条文|规定|项|条|性质)?")
# 除前面列举的情形外 / 除上述情形以外: the 其他 of the passage said out
_BESIDES = re.compile(r"除(?:了)?(?:(?:前面|上面|上述|以上|前述|前)(?:的)?(?:几|各|这些|那些)?(?:条款|条文|条|项)?|本规定)(?:已经)?(?:列举|列出|所列|列明|规定|提到)?的?"
                      r"(?:情形|情况|行为|内容|各项|各条)?(?:以|之)?外[，,]?")
# (r13b) the same complement said as what the passages before did not list: 前面几条没列到的情况
_UNLISTED = re.compile(r"(?:前面|上面|上述|以上|前述|前)(?:的)?(?:几|各|这些|那些)?(?:条款|条文|条|项)?(?:都)?(?:没有?|未)(?:列到|列出|列举|列明|列入|规定到?|提到|涉及|写到)的?"
                       r"(?:情形|情况|行为|内容)")
# (r13b) its own word named as its means: 用“其他”二字 (the passage opens with it, or the reading fails)
_OWN_WORD = re.compile(r"用(?:了)?[“「\"]其他[”」\"](?:二字|两个字|这个词|一词|这个字眼)?(?:来)?")
_LABEL = re.compile(r"^\s*(?:第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?)?\s*(?:[（(][一二三四五六七八九十\d]+[)）])?\s*")


def opens_with_other(text: str) -> bool:
    """The passage's own words start with 其他 (after its article number or item label)."""
    return _LABEL.sub("", text, count=1).startswith("其他")


def said(sentence: str) -> bool:
    return bool(re.search(r"兜底", sentence) or _BESIDES.search(sentence) or _UNLISTED.search(sentence))


def judged(sentence: str, passages: list) -> tuple[bool | None, str, str]:
    """(None, "", sentence) when the sentence calls nothing a catch-all; (False, why, "") when it
    calls a passage one that does not open with 其他; else (True, why, the sentence without that
    talk)."""
    if not said(sentence) or len(passages) != 1:
        return None, "", sentence
    p = passages[0]
    if not opens_with_other(p.text):
        return False, f"{p.label}不是以“其他”开头的兜底规定。", ""
    rest = _OWN_WORD.sub("", _UNLISTED.sub("", _BESIDES.sub("", _CATCH_ALL.sub("", sentence))))
    return True, f"{p.label}以“其他”开头（兜底）", rest
