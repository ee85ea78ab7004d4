"""Words of quantity that change what a restated passage says, though every other word is its own.

- **a restriction widened to all**: "对上级领导机关交办的任何事项拒不办理" where 第八条 says "交办的
  党风廉政责任范围内的事项". A quantifier of all (任何, 一切, 所有, 全部, 各种, 各类, 任意) put
  where the passage has a restricting attributive (…的) before the same noun, between the same
  words, says the rule covers what the passage leaves out.
- **one of many for the only one**: "深圳市监察局是全国少数几个…监察机关之一" where the paper says
  "是目前全国唯一保持独立运作的监察机关", and the other way round. The sentence and the passage
  clause must share their words on both sides of 唯一 (the subject before, the noun after).
"""
from __future__ import annotations

import re

from .sources import bare

_ALL = re.compile(r"任何|一切|所有|全部|各种|各类|任意")
_CUT = re.compile(r"[。；;\n]")


def widened(sentence: str, text: str) -> list[str]:
    """"任何事项（原文：…党风廉政责任范围内的事项）": a quantifier of all where the passage restricts
    the same noun between the same words; [] when none."""
    if not _ALL.search(sentence):
        return []
    s = bare(sentence)
    plain = bare(text)
    out = []
    for m in _ALL.finditer(s):
        left, head = s[max(0, m.start() - 4):m.start()], s[m.end():m.end() + 2]
        left = left.lstrip("的")
        if len(left) < 3 or len(head) < 2 or left + head in plain or left + m.group(0) + head in plain:
            continue
        for pm in re.finditer(re.escape(left) + r"(?P<mod>[^。；;，,]{3,20}?的)" + re.escape(head), plain):
            mod = pm.group("mod")
            if not _ALL.search(mod) and mod not in s:
                out.append(f"{m.group(0)}{head}（原文：{mod}{head}）")
                break
    return out


_ONE_OF = re.compile(r"之一|少数|几个|其中一个|一些")
_ONLY = "唯一"


def _runs(a: str, b: str, n: int = 4) -> bool:
    return any(a[i:i + n] in b for i in range(len(a) - n + 1))


def uniqueness(sentence: str, text: str) -> list[str]:
    """"之一（原文：唯一）" where the passage's clause says the subject is the only one and the
    sentence restating it says one of several, or the other way round; [] when neither."""
    s = bare(sentence)
    if not (_ONE_OF.search(s) and _ONLY in text or _ONLY in s and "之一" in text):
        return []
    out = []
    for clause in _CUT.split(text):
        if _ONLY not in clause and "之一" not in clause:
            continue
        c = bare(clause)
        if _ONLY in c and _ONLY not in s and _ONE_OF.search(s):
            i = c.index(_ONLY)
            if _runs(c[:i], s) and _runs(c[i + 2:], s):
                out.append(f"{_ONE_OF.search(s).group(0)}（原文：{_ONLY}）")
        elif _ONLY in s and _ONLY not in c and re.search(r"之一", c):
            i = s.index(_ONLY)
            if _runs(s[:i], c) and _runs(s[i + 2:], c):
                out.append(f"{_ONLY}（原文：之一）")
    return list(dict.fromkeys(out))
