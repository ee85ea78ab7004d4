""""不只是瞒报。" answering "只有瞒报才算第五条第（四）项吗？": the question restricts what an
article or item covers to one thing (只有X / 只X / 仅X), and the answer denies the restriction
(不只是X, 不止X, 不仅仅是X). It was judged as loose words and held to the article, of whose words it
has one. The denial is right when the passage the question names has X and lists something beside
it (X、Y or X或Y); wrong when X is not there, or is all there is."""
from __future__ import annotations

import re

_DENIAL = re.compile(r"^(?:不只是?|不止是?|不仅仅?是?|并不只是?)(?P<x>[\u4e00-\u9fff]{2,12}?)(?:一种|一项|而已)?[。！!]?$")
_RESTRICTED = r"(?:只有|只是|只|仅有|仅)"


def judged(text: str, question: str, passage: str | None) -> tuple[bool, str] | None:
    """(right, why) for a denial of the question's restriction; None when the sentence is none."""
    m = _DENIAL.match(text.strip())
    if m is None or passage is None:
        return None
    x = m.group("x")
    if not re.search(_RESTRICTED + re.escape(x), question):
        return None
    plain = re.sub(r"\s", "", passage)
    if x not in plain:
        return False, f"所问的条文中没有“{x}”。"
    beside = re.search(rf"[、，,或和及]{re.escape(x)}|{re.escape(x)}[、，,或和及]", plain)
    if beside is None:
        return False, f"所问的条文只列了“{x}”。"
    return True, f"所问的条文在“{x}”之外还列了别的情形"
