"""A severity word that is part of a term the text itself uses: "不是特大桥梁" where the text
defines 特大桥梁 (a bridge of a certain span). The reading of severities takes 特大 for the
severity 特别重大 wherever it stands, and the passage that defines the bridge says no 特别重大, so
the sentence was held to lack it. Where every place the sentence says a severity's word, the word
with the characters after it (特大桥梁) is found word for word in the passage, the sentence
uses the passage's own term and no severity of its own; a severity said of anything else (特大事故
where the text says 特大桥梁) is still held to the text."""
from __future__ import annotations

import re

from .claims import _SEV_CANON, _SEVERITY

_FOLLOW = 2          # characters after the word that make the term (特大 + 桥梁)


def in_term(sentence: str, severity: str, plain: str) -> bool:
    """Whether each time the sentence says `severity` (by any of its words) it says a term that
    the passage text `plain` has word for word."""
    said = [m for m in _SEVERITY.finditer(sentence) if _SEV_CANON.get(m.group(0), m.group(0)) == severity]
    if not said:
        return False
    for m in said:
        term = sentence[m.start():m.end() + _FOLLOW]
        if len(term) < m.end() - m.start() + _FOLLOW or not re.fullmatch(r"[\u4e00-\u9fff]+", term) or term not in plain:
            return False
    return True
