"""A sentence that says the one before it agrees with what an article says: "这与第十一条把训诫、
书面检查的程序交给《办法》是一致的". The frame (这与…是一致的, 这和…相符) adds no fact of its own;
what it carries is the claim between its ends, which the support test found only in part because
the frame's words are not the article's. That claim is judged as a sentence of its own, and the
sentence is verified only when it is; else the sentence is judged whole, as before (so a wrong
claim inside the frame still fails). A denied agreement (不一致, 不符) is no frame: it asserts a
difference and is judged whole."""
from __future__ import annotations

import re

_AGREES = re.compile(r"^(?:这|这一点|这样|此|这种安排|这个安排)?(?:也)?(?:与|和|同|跟)(?P<claim>[^。；;！!]{4,}?)"
                     r"(?:是|也是|正好|恰好|完全)?(?:一致|相一致|相符|吻合|相吻合|对得上|对应)的?[。！!]?$")


def claim(text: str) -> str | None:
    """The claim inside "这与X是一致的", else None."""
    m = _AGREES.match(text.strip())
    if m is None or re.search(r"不(?:一致|相符|吻合)", text):
        return None
    return m.group("claim").strip("，, ")
