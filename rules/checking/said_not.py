""""条文并没有说国务院作初步决定" / "第十三条没有规定由市委、市政府作初步问责决定": a sentence that
says the text does not say something. Its claim is the denial: true when what it denies is
contradicted by the rules or the text, false when the text says it. The readers of what is denied
(who decides, which measure, which deadline) read the embedded claim as if it were asserted and
judged the sentence the wrong way round: the true denial was flagged, the false one passed.

`framed` cuts the sentence into the text it speaks of and the claim denied; the checker judges
that claim (written under the article when one is named: 第十六条规定开现场会) and keeps the
verdict only when it is decisive, leaving an undecided claim to the readers of absence.
"""
from __future__ import annotations

import re

# the text spoken of: the regulation, its articles, or a pronoun for them (what the sources hold,
# 来源没有写…, is left to the readers that know what they lack)
_TEXT = (r"(?P<text>(?:《[^》]+》)?(?:第[零一二两三四五六七八九十百\d]+条(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?)"
         r"|条文|原文|本规定|规定|该条|这一条|这条|它|文件)")
_DENIED = re.compile(r"^(?:但|而|不过|可)?" + _TEXT + r"(?:里|中|本身)?(?:并|也|从来)?(?:没有|没|未)"
                     r"(?P<verb>说过?|规定过?|写过?|写明|讲过?|要求过?)(?P<claim>[^，,。；;—]{4,})[。！!]?$")
# an indirect question (没有规定对正职怎么处理) denies an answer, not a claim: left to the readers of absence
_ASKS = re.compile(r"怎么|怎样|如何|什么|哪|谁|多少|几|是否|有没有|能否")


def framed(sentence: str) -> tuple[str, str] | None:
    """(the claim as the text would say it, the claim alone), or None when the sentence is no
    denial of what the text says."""
    m = _DENIED.match(sentence.strip())
    if m is None:
        return None
    claim = re.sub(r"^(?:是|要|由于)?", "", m.group("claim"))
    if _ASKS.search(claim) or re.fullmatch(r"(?:《[^》]+》)?第[^，。]{1,8}[条款项]", claim) or re.search(r"的[\u4e00-\u9fff]{1,4}$", claim):
        return None       # (a noun phrase, 复审的期限, is what is absent: left to the readers of absence)
    if re.match(r"第|《", m.group("text")):
        return f"{m.group('text')}规定{claim}", claim
    return claim, claim


# a denied claim a passage verifies, not a rule row, makes the denial false only when the passage
# has (nearly) all of its words: "第四条没有写党纪政纪处分的具体种类" denies 具体种类, not 党纪政纪处分
WORD_FOR_WORD = 0.9
