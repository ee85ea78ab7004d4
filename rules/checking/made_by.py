"""Who made or published a document, added: "该规范由市市场监管局制定并公布" where the text only
says "依照《汀溪市特种设备安全监督检查工作规范》执行".

The body is named elsewhere in the article or the regulation, so the support test held the
sentence; but who drafts, issues or publishes a text is a claim of its own. Read here: a clause
由X制定 / 发布 / 公布 / 印发 / 颁布 (X a body) holds only when some passage says that act (制定,
发布 …) at all; a denied one (没有规定由谁制定) is not read.
"""
from __future__ import annotations

import re

from .sources import SourceText

_ACTS = ("制定", "发布", "公布", "印发", "颁布")
_MADE = re.compile(r"由(?P<b>[^，,。；;由]{2,16}?)(?:负责|统一|依法)?(?P<a>制定|发布|公布|印发|颁布)(?:并(?P<a2>制定|发布|公布|印发|颁布))?")
_DENIED = re.compile(r"没有|没|未|并未|不|无|谁")


def problems(sentence: str, passages: list[SourceText]) -> list[str]:
    if not passages or "由" not in sentence:
        return []
    text = "\n".join(p.text for p in passages)
    for m in _MADE.finditer(sentence):
        if _DENIED.search(m.group(0)) or _DENIED.search(sentence[max(0, m.start() - 6):m.start()]):
            continue
        for act in (m.group("a"), m.group("a2")):
            if act and act not in text:
                return [f"“{m.group(0)}”：{'、'.join(p.label for p in passages)}没有说由谁{act}"]
    return []
