"""A quoted wording said to be absent from a provision: "这一项的文字没有写“发生公共安全事故”",
"第十二条并没有出现“24小时”字样".

The sentence says only that the provision's text lacks those words. It holds when the quote (in
its bare form) is not in the provision's text, and fails when it is; nothing else may be in the
sentence beside the provision, the denial and a word for the text (文字, 原文, 条文, 字样). The
provision is the one the sentence names (an article, or an item of it), else, for 这一项 / 这一条 /
该条 / 条文, the one the sentence before names (one only). Without a provision in sight the
sentence is judged as before.

Before this reading, the quote was taken out of such a sentence and what was left ("第项的文字")
was read as the absent thing, so a quote the provision does have passed too.
"""
from __future__ import annotations

import re

from .sources import bare

_SUBJECT = r"(?P<subject>(?:《[^》]{1,40}》)?第[零一二两三四五六七八九十百\d]+条(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?(?:第?[（(][一二三四五六七八九十]+[)）]项?)?|这一项|这项|该项|此项|这一条|这条|该条|此条|条文|原文)"
_ABSENT = re.compile(r"^(?:而|但)?" + _SUBJECT + r"(?:的)?(?:文字|原文|条文|措辞|表述)?(?:里|中|当中)?(?:并|都|也)?"
                     r"(?:没有|没|未|并未|不曾)(?:写|提到|提及|出现|使用|用|规定|写明|载明)(?:明|到|过|有)?"
                     r"[“「](?P<q>[^”」]{2,40})[”」](?:这样的|这几个|等)?(?:字样|字眼|字|说法|表述|词)?[。；;]?$")
_THIS = re.compile(r"这一项|这项|该项|此项|这一条|这条|该条|此条|条文|原文")


def claim(sentence: str) -> tuple[str, str] | None:
    """(subject, quote) of such a sentence, or None."""
    m = _ABSENT.match(sentence.strip())
    return (m.group("subject"), m.group("q")) if m else None


def refers_back(subject: str) -> bool:
    """The subject names no provision of its own (这一项, 条文): it is the one talked about before."""
    return bool(_THIS.fullmatch(subject))


def judged(quote: str, provision_text: str, label: str) -> tuple[bool, str]:
    """(holds, why): the quote is absent from the provision's text."""
    if bare(quote) in bare(provision_text):
        return False, f"“{quote}”见于{label}，不是没有。"
    return True, f"{label}中没有“{quote}”"
