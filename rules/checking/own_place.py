"""The issuer's own place said by name where the text says it by deixis: "结合深圳本市的实际情况"
for 第一条's "结合我市实际" (branch r12alarmA).

A regulation speaks of its own city as 我市 (本市, 我县…); a draft that restates it for a reader
writes the city out, with the deixis kept beside it (深圳本市) or with 本 alone (本市). The city is
the one the document's title begins with (深圳市党政领导干部问责暂行规定: 深圳, 市), so those forms
are read back as the text's 我市 — only where the document itself says 我市, and only for the place
its title names: another city (广州本市) is left as written and stays a term the passage lacks.
"""
from __future__ import annotations

import re

_TITLE_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<unit>市|省|县|区)")


def as_deixis(sentence: str, title: str, document_text: str) -> str:
    """The sentence with its own-place forms (深圳本市, 本市) written as the
    document's deixis (我市), when the document uses it. A bare 本市 is read so only after a
    word that is no name (结合本市, 在本市): 广州本市 names another city and is left as written."""
    m = _TITLE_PLACE.match(title or "")
    if not m:
        return sentence
    place, unit = m.group("place"), m.group("unit")
    own = f"我{unit}"
    if own not in document_text or own in sentence:
        return sentence
    return re.sub(rf"{place}(?:{unit})?本{unit}|(?:^|(?<=[合在对于是为的了，,、：:]))本{unit}(?!委|政府)", own, sentence)
