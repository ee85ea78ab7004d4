"""A wording said to be nowhere in the text, given in quotation marks as a pattern: "…，没有“自某日
起施行”的表述。" answering when the regulation takes effect.

The quote is not the source's words: it is the form of words the sentence says the text lacks,
with 某 (某日, 某年某月某日, 某部门) standing for whatever would fill it. Read as a quotation it was
looked up, not found, and flagged. Here a clause that denies a quoted wording (没有 / 未见 / 找不到 …
“X” …的表述 / 字样 / 说法 / 条款 / 规定) holds when no passage of the regulation has X, each 某 with
the character after it read as any short run of characters (自某日起施行: 自…起施行); and fails when
one has it. The rest of the sentence is then judged as any sentence, without that clause. A clause
that names another document (论文, 报告, a title) or an article is left to the readings of those.
"""
from __future__ import annotations

import re

from .sources import bare

_CLAUSE = re.compile(r"(?:^|(?<=[，,；;]))(?P<clause>(?:也|并|都|却|但|而)?(?:没有|没|未见|并无|未|找不到|看不到)"
                     r"(?:写|出现|使用|用|规定|写明|载明|提到|提及)?(?:过|有)?"
                     r"[“「](?P<q>[^”」]{2,30})[”」](?:这样|这类|之类|一类)?(?:的)?"
                     r"(?:表述|字样|字眼|说法|写法|条款|规定|文字|句子))(?P<end>[，,；;。！!]?)")
_OTHER = re.compile(r"论文|报告|文章|《|第[零一二两三四五六七八九十百\d]+条")
_SOME = re.compile(r"某[\u4e00-\u9fff]?")


def split(text: str) -> tuple[str, str] | None:
    """(quote, the sentence without its clause) of a sentence with a denied quoted wording; else None."""
    if "某" not in text and "“" not in text and "「" not in text:
        return None
    m = _CLAUSE.search(text)
    if m is None or _OTHER.search(m.group("clause")):
        return None
    rest = (text[:m.start()] + text[m.end():]).strip().strip("，,；;")
    if rest and not re.search(r"[。！!？?]$", rest):
        rest += m.group("end") if m.group("end") in "。！!" and m.group("end") else "。"
    return m.group("q"), rest


def found(quote: str, texts: list[str]) -> str | None:
    """The words of `texts` that match the quoted wording (某 as a blank), or None."""
    parts = [re.escape(bare(p)) for p in _SOME.split(quote)]
    pattern = re.compile(r"[^。；;]{1,12}?".join(parts)) if len(parts) > 1 else re.compile(parts[0])
    for t in texts:
        m = pattern.search(bare(t))
        if m:
            return m.group(0)
    return None
