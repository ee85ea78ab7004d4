"""A body named at another level of government: "向区人民政府申诉" where the passage says
"对市城管局的复核决定不服的，向市人民政府申诉".

A body's name is a level word (省, 市, 区, 县, 乡, 镇) and what follows it (人民政府, 城管局,
司法局…); a draft that changes only the level keeps every other character, so the support test
and the readings that compare a recipient's character pairs (`recipients.regalarm_addressed`:
区政府 and 市政府 share 政府) find it. `support._other_level` reads this for the closed list of the
seed regulation's bodies (市委, 区委); here any body with such a head is read: when the passage
names the same stem only after other level words, never after the sentence's (nor as
区（…）stem), the body is the passage's at another level, and missing.
"""
from __future__ import annotations

import re

from .sources import bare, squash

_LEVELS = "省市区县乡镇"
# a level word, not inside a longer word (城市, 设区的市, 地区, 社区, 市场…), then a stem ending in a body head
_BODY = re.compile(r"(?<![城设地社街山全本我该各])([省市区县乡镇])(?![场民级内外])"
                   r"([\u4e00-\u9fff]{0,6}?(?:人民政府|政府|部门|机关|局|委员会|办公室|办))")


def _distributed(level: str, stem: str, text: str) -> bool:
    """Whether the passage names the stem at this level through a level word that heads a list
    (区（县）人民政府; 区（包括管理区，下同）党委（党工委）、政府: the 区 is each member's)."""
    return bool(re.search(f"{level}[（(][^）)]{{0,12}}[）)](?:[^。；;，]{{0,16}}?[、和及])?{re.escape(stem)}", squash(text)))


def other_level(sentence: str, text: str) -> list[str]:
    """The bodies of the sentence the passage names only at another level."""
    plain = bare(text)
    if not plain:
        return []
    out = []
    for m in _BODY.finditer(bare(sentence)):
        level, stem = m.group(1), m.group(2)
        if len(stem) < 2 or level + stem in plain:
            continue
        if _distributed(level, stem, text):
            continue                                   # 区（县）人民政府, 区（…）党委、政府 name the 区's
        others = {c for c in _LEVELS if c != level and c + stem in plain}
        if others:
            out.append(level + stem)
    # a body said by its level and its sector alone (区财政承担, 市民政审核: no head word): only the
    # level changed when what follows it, four characters at least, follows another level word in
    # the passage and the sentence's level never stands before its first two (g14miss)
    # (a level word that ends a place's name, 深圳市, or stands in a title, is no body's level: the
    # level word must open its phrase, after a mark or a function word)
    said = squash(re.sub(r"《[^》]*》", "|", sentence))
    for m in _LEVEL_WORD.finditer(said):
        if m.start() > 0 and said[m.start() - 1] not in _OPENERS and not _MARK.match(said[m.start() - 1]):
            continue
        level, run = m.group(1), said[m.end():m.end() + _RUN]
        if len(run) < _RUN or not re.fullmatch(r"[\u4e00-\u9fff]+", run) or level + run[:2] in plain:
            continue
        if _distributed(level, run[:2], text):
            continue                                   # (r20alarmA) 区政府工作部门: 区（…）党委、政府及其工作部门
        if any(c + run in plain for c in _LEVELS if c != level):
            out.append(level + run[:2])
    return list(dict.fromkeys(out))


_RUN = 4
_MARK = re.compile(r"[^\u4e00-\u9fff\w]")
_OPENERS = set("由向对经被给和与及或、为是归交报送请将把让")
_LEVEL_WORD = re.compile(r"(?<![城设地社街山全本我该各同])([省市区县乡镇])(?![场民级内外长])")
