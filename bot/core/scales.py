"""A level on a general ordered scale that the passages cover only from a higher level up.

"台风蓝色预警的时候，…需要采取什么措施" where the text says "台风橙色以上预警…6小时内完成加固": the
passage speaks of warnings, typhoons and measures, every word the question shares with it, and yet
it rules on 橙色 and 红色 only. Quoted, it would answer a blue warning with the orange one's duty:
a confident wrong answer. The scales are general vocabulary (the warning colours every Chinese
weather and emergency text uses), never one document's terms; a level the passages name
themselves, or a threshold at or below the level asked, leaves the question to the other readers.
"""
from __future__ import annotations

import re

# ordered scales, lowest first; each level is matched with the noun it grades after it
SCALES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("蓝色", "黄色", "橙色", "红色"), "预警"),
)
_GAP = r"[\u4e00-\u9fff]{0,3}?"       # 暴雨蓝色预警, 橙色以上预警, 红色、橙色预警: a few characters between


def below_covered(question: str, texts: list[str]) -> str | None:
    """The level the question names ("蓝色预警") when `texts` speak of that scale only by thresholds
    above it (橙色以上), and never name the level itself; else None."""
    for levels, noun in SCALES:
        asked = [lv for lv in levels if re.search(re.escape(lv) + _GAP + re.escape(noun), question)]
        if len(asked) != 1:
            continue                   # none, or a comparison of two levels: not this reading
        level = asked[0]
        body = "\n".join(texts)
        if re.search(re.escape(level), body):
            return None                # the passages name it: theirs to answer
        floors = [levels.index(m.group(1)) for m in
                  re.finditer("(" + "|".join(levels) + r")(?:" + re.escape(noun) + r")?以上", body)]
        if floors and min(floors) > levels.index(level):
            return level + noun
    return None


__all__ = ["SCALES", "below_covered"]
