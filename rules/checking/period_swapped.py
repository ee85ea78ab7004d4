"""A result said of another period than the text gives it (branch `r19miss`).

"全年实现违法建筑零增长" where the report says "下半年违法建筑零增长": the period words (全年,
上半年, 下半年, 一季度, 年底 …) are a closed class of Chinese, two or three characters each, and a
swap between them leaves every other pair of the sentence in the passage, so the support test
passes it. Read here: for a period word of the sentence, the words after it (what it qualifies) are
looked for in a passage right after another period word (the first four characters of what that
one qualifies are in the sentence's eight after its own, and the passage does not put the
sentence's period word before them): the passage gives the result another period, and the sentence
is unsupported, unless another passage puts the sentence's own period word before more of those
words than the first passage puts its own (branch `g22alarm2`). No word of any document is read here beyond the closed class of period words.

The class also holds the years counted from the one a clause speaks of (branch `g15miss`): "扣减该乡镇
当年森林防火专项补助资金" where the text says "扣减该乡镇下一年度森林防火专项补助资金". Words for the
same year are one word here (当年 / 本年度 / 当年度; 下一年度 / 下年度 / 下一年 / 次年 / 第二年 / 来年;
上一年度 / 上年度 / 上一年 / 前一年), so a draft saying 次年 for the text's 下一年度 is no swap.
"""
from __future__ import annotations

import re

from .sources import bare

# the relative years, each with the words that say the same year (the first is its name here; the
# checker's passages write 一 as 1)
_YEARS = (("当年", "本年度", "当年度"),
          ("下一年度", "下年度", "下一年", "次年", "第二年", "来年", "下1年度", "下1年", "第2年"),
          ("上一年度", "上年度", "上一年", "前一年", "上1年度", "上1年", "前1年"))
_SAME = {w: group[0] for group in _YEARS for w in group}
_PERIOD = re.compile(r"|".join(w for g in _YEARS for w in sorted(g, key=len, reverse=True)) + r"|全年|上半年|下半年|(?<![一二两三四五六七八九十半\d])年内|年底|年初|年末|前三季度|第?[一二三四1-4]季度")
_VERBS = re.compile(r"^(?:实现了?|达到了?|完成了?|做到了?|保持了?|基本|已经|已|都|均|就|也|还)+")
AFTER = 4       # characters of what the passage's period word qualifies
SPAN = 8        # characters after the sentence's period word they must stand in


def _said(word: str) -> str:
    """A pattern for the word and the words that say the same year."""
    same = [w for w in _SAME if _SAME[w] == _SAME.get(word)] or [word]
    return "(?:" + "|".join(map(re.escape, same)) + ")"


def _reach(theirs: str, said: str) -> int:
    """How many of the first characters of `said` `theirs` opens with."""
    n = 0
    while n < min(len(theirs), len(said)) and theirs[n] == said[n]:
        n += 1
    return n


def _own_reach(word: str, said: str, passages: list[str]) -> int:
    """The longest opening of `said` (AFTER characters at least) that a passage puts within six
    characters after `word` or a word for the same year; 0 when none does."""
    for k in range(len(said), AFTER - 1, -1):
        if any(re.search(_said(word) + r".{0,6}" + re.escape(said[:k]), bare(t)) for t in passages):
            return k
    return 0


def may_concern(sentence: str) -> bool:
    return bool(_PERIOD.search(sentence))


def problems(sentence: str, passages: list[str]) -> list[str]:
    for m in _PERIOD.finditer(sentence):
        said = bare(_VERBS.sub("", bare(sentence[m.end():m.end() + 16])))[:SPAN]
        if len(said) < AFTER:
            continue
        # (g22alarm2) how much of what the sentence says some passage puts after the sentence's own
        # period word: a passage that puts another period before less of it is not the one restated
        # (上一年度信用评价为C级 where an article elsewhere says 当年信用评价不得评为A级)
        own = _own_reach(m.group(0), said, passages)
        for text in passages:
            if said[:AFTER] not in bare(text) and said[-AFTER:] not in bare(text):
                continue
            for q in _PERIOD.finditer(text):
                if q.group(0) == m.group(0) or m.group(0) in q.group(0) or q.group(0) in m.group(0):
                    continue
                if _SAME.get(q.group(0), q) == _SAME.get(m.group(0), m):
                    continue
                after = bare(_VERBS.sub("", bare(text[q.end():q.end() + 12])))[:AFTER]
                if len(after) < AFTER or after not in said:
                    continue
                if own > _reach(bare(_VERBS.sub("", bare(text[q.end():q.end() + 16]))), said):
                    continue
                # the passage says the sentence's own period before those words too: no swap
                if re.search(_said(m.group(0)) + r".{0,6}" + re.escape(after), bare(text)):
                    continue
                return [f"原文是“{q.group(0)}{after}”，不是“{m.group(0)}”"]
    return []
