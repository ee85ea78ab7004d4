"""The set formulas of a Chinese letter, which frame an answer written as a reply and assert
nothing about any text: the acknowledgement that opens it (来信收悉, 来函已收到) and the closing
wishes and sign-off (此致 / 敬礼, 祝好, 顺颂商祺, 特此回复).

A unit is framing only when it is nothing but one of these formulas (at most a 您/你的 and the
end mark around it): "来信收悉，第十四条规定…" goes on into a claim and is judged as before. The
salutation that opens a letter ("王科长：") already frames as a short line ending in a colon.
"""
from __future__ import annotations

import re

_OPENING = r"(?:(?:您|你)的)?来(?:信|函|电|问)(?:已)?(?:收悉|收到|敬悉|悉)(?:了)?|收到(?:您|你)的来(?:信|函|问)(?:了)?"
_CLOSING = (r"此致|敬礼|此致敬礼|祝好|祝安|顺祝|顺颂|顺颂(?:商祺|时祺|安好)|顺祝(?:商祺|时祺|安好|工作顺利)|"
            r"祝(?:您|你)?(?:工作顺利|一切顺利|万事如意|生活愉快)|谨复|特此(?:回复|函复|复函)|专此(?:回复|函复)")
_FORMULA = re.compile(rf"(?:{_OPENING}|{_CLOSING})[。！!，,]?")


def formula(sentence: str) -> bool:
    """The unit is only a letter's opening or closing formula."""
    return len(sentence) <= 12 and bool(_FORMULA.fullmatch(sentence.strip()))
