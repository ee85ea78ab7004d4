"""A severity named as the value of a level: "事故级别为一般（造成较大损失或者不良影响）", a table's
row under a 事故级别 column. 一般 alone is an everyday word ("generally"), so the reader of
severities takes it only before what it grades (一般事故, 一般公共安全责任事故); after a noun of
level (级别 / 等级, 为 / 是 / ：) it is that grade just as surely. So it is as a row's label, alone
at the head of a sentence before a dash or a colon ("一般——第十六条只点了…"), in a draft whose rows
before it are labeled by the other grades (特别重大——…；重大——…；较大——…): "generally" opens
a clause with 来说 / 情况下, not with a dash. Read as such, the row is held to the severity it
names, not to the one the row before left behind."""
from __future__ import annotations

import re

# (事故)级别 / 等级 + 为 / 是 / ： + 一般, not already followed by what it grades
_LEVEL_OF = re.compile(r"(?:级别|等级)\s*(?:为|是|属于|[：:])?\s*一般(?!的?(?:公共|安全|生产|责任|事故))")


# a row's label: 一般 (after a list marker) alone before a dash or a colon
_ROW_LABEL = re.compile(r"^(\s*(?:\d+[.、．)）]|[（(][一二三四五六七八九十\d]+[)）]|[-•·*])?\s*)一般(?=\s*(?:—|：|:))")
# the other grades as a row's label before a dash or a colon
_GRADE_LABEL = re.compile(r"(?:^|\n)\s*(?:\d+[.、．)）]|[（(][一二三四五六七八九十\d]+[)）]|[-•·*])?\s*(?:特别重大|重大|较大)(?:事故)?\s*(?:—|：|:)")


def leveled(sentence: str, above: str = "") -> str:
    """The sentence with 事故 written after a 一般 that is the value of a level, or the label of a
    row when the draft's lines above label their rows by the other grades."""
    if above and _ROW_LABEL.match(sentence) and _GRADE_LABEL.search(above):
        sentence = _ROW_LABEL.sub(lambda m: m.group(1) + "一般事故", sentence, count=1)
    return _LEVEL_OF.sub(lambda m: m.group(0) + "事故", sentence)
