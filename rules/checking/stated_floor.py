"""A floor said over a measure or an act: "对责任人员至少要给予停职检查" where the text says only "对责任人员
不得仅给予通报批评" (and lists 停职检查 among the measures elsewhere).

至少 / 最少 / 起码 makes a claim of its own: that nothing below the thing named may be chosen. The
support test finds the thing's words in the article that lists it and passes the sentence; the
floor is no word it counts. Here a floor over a thing (not a figure: 至少3人 is the figure
readings') is held to the passages: one of them must put a floor (至少, 最少, 起码, 不低于, 不得低于,
不少于, 不得仅, 不能仅, 不应仅) right before the same thing (its first CORE characters within a few
characters after the floor word), or 以上 right after it (给予调整职务以上处理). A floor over another thing, or none, leaves the claim unsupported.
"""
from __future__ import annotations

import re

from .sources import bare

_SAID = re.compile(r"(?:至少|最少|起码|最起码)(?:也)?(?:要|应当|应该|应|得|须|必须|需要)?(?:给予|给|处以|予以|作出|是|为)?"
                   r"(?P<what>[\u4e00-\u9fff]{2,8})")
_FLOOR = re.compile(r"至少|最少|起码|不低于|不得低于|不少于|不得少于|不得仅|不能仅|不应仅|不仅限于")
CORE = 2                  # characters of the thing that must follow the passage's floor word
NEAR = 8                  # characters after the floor word within which the thing must start


def unheld(sentence: str, text: str) -> list[str]:
    """["至少停职检查（原文没有这一下限）"] for each floor the sentence puts over a thing that no
    floor of `text` puts over it; [] otherwise."""
    if not re.search(r"至少|最少|起码", sentence):
        return []
    plain = bare(text)
    out = []
    for m in _SAID.finditer(bare(sentence)):
        what = m.group("what")
        clause = re.split(r"[，,。；;：:]", bare(sentence)[m.start():])[0]
        if re.search(r"\d|[一二两三四五六七八九十百千万几][次个项人名天日年月倍]", clause):
            continue              # (a figure's floor, 至少检查3次: the figure readings hold it)
        core = what[:CORE]
        if not any(core in plain[f.end():f.end() + NEAR + CORE] for f in _FLOOR.finditer(plain)) and \
                not re.search(re.escape(core) + r"[\u4e00-\u9fff]{0,6}以上", plain):      # 给予调整职务以上处理
            out.append(f"{m.group(0)}（原文没有这一下限）")
    return out
