"""Which measure of a combining sentence is said to be combinable, and which is only its partner.

A paragraph such as 第十条第二款 ("训诫、…、责令公开道歉可以单独适用也可以和其他问责方式合并适用")
makes its listed measures combinable *with other measures*. A sentence that restates it may name
one of those other measures as the partner:
- "责令公开道歉也可以与停职检查等其他问责方式合并适用",
- "把责令公开道歉与其他问责方式（包括停职检查）合并适用".
停职检查 there is the object of 与/和/同/跟 and is named as an instance of the *other* measures
(M等其他…方式, 其他…方式（包括/如 M）): it is not said to be combinable itself, and it is not said
to be listed. A measure after 与 that is not called one of the other measures ("停职检查可以与责令
公开道歉合并适用") is judged as before, and so is the measure before 与.

Two more readings of the same sentences:
- a denial that the text says it ("规定没有明文写停职检查可以与其他问责方式合并适用"): the measure is
  said *not* to be written as combinable, true only of a measure the list leaves out;
- 一并 before a verb of listing ("把正职、分管副职一并列为免职对象") lists persons together; it
  combines no measures.
"""
from __future__ import annotations

import re

_WITH = re.compile(r"(?:与|和|同|跟)$")
_OTHERS = r"其他的?(?:问责)?(?:方式|措施|处理)"
# M等其他问责方式 (M directly followed, after its list, by 等其他…方式)
_AFTER_PARTNER = re.compile(r"^(?:[、和及与][^，,；;。]{1,12}?)*等" + _OTHERS)
# 其他问责方式（包括M…）
_BEFORE_PARTNER = re.compile(_OTHERS + r"[（(](?:包括|如|比如|例如|含)[^（(）)]{0,30}$")
_UNWRITTEN = re.compile(r"(?:没有|没|未|并未)(?:明文|明确|专门|直接)?(?:写|规定|说|提到|列)(?:明|出|到)?了?$")
_COMBINING = re.compile(r"^[^，,；;。]{0,20}?(?:可以|可|能)[^，,；;。]{0,20}?(?:合并|一起|同时)(?:适用|使用|用)")
LISTED_TOGETHER = re.compile(r"一并(?=列|写|作为|纳入|规定|点名|提到)")


def partner(sentence: str, start: int, end: int) -> bool:
    """The measure at sentence[start:end] is named as one of the *other* measures a combinable
    one goes with (the object of 与/和/同/跟, or a parenthesis after 其他问责方式)."""
    before = sentence[:start]
    if _BEFORE_PARTNER.search(before):
        return True
    return bool(_WITH.search(before)) and bool(_AFTER_PARTNER.match(sentence[end:]))


def unwritten(sentence: str, start: int, end: int | None = None) -> bool:
    """"没有明文写M可以与其他问责方式合并适用": the clause denies that the text says M is combinable;
    so does "没有把M列入可以单独适用的方式" (r21alarm: M, alone or in a run, the object of 把 before
    a verb that puts it in the combinable list)."""
    if end is not None and _BA_DENIED.search(sentence[:start]) and _BA_PUT.match(sentence[end:]):
        return True
    return bool(_UNWRITTEN.search(sentence[max(0, start - 8):start])) and \
        bool(_COMBINING.match(sentence[start:]))


# (r21alarm) 没有把 [A、B和] M [、C] 列入/放进/算进 … 单独/合并 …
_BA_DENIED = re.compile(r"(?:没有|没|未|并未)把(?:[^，,；;。把]{0,40}?[、和及或与])?$")
_BA_PUT = re.compile(r"^(?:[、和及或与][^，,；;。]{0,40}?)?(?:列入|列进|列到|纳入|放进|放入|放到|写进|写入|列在|列为|算进|算入|归入)"
                     r"[^，,；;。]{0,20}?(?:单独|合并|一起|同时)")


_WHOLE = re.compile(r"(?:本规定|规定|条文|原文|该款|这一?款|第[零一二两三四五六七八九十百]+条(?:第(?:[一二三四五六七八九十]+|\d{1,2})款)?)?"
                    r"(?:里|中|并)?(?:没有|没|未|并未)[^，,；;。]*[。]?")


def unwritten_whole(sentence: str) -> bool:
    """The sentence is nothing but the denial ("规定没有明文写M可以与其他问责方式合并适用。"), so a
    true denial accounts for all of it."""
    return bool(_WHOLE.fullmatch(sentence.strip()))


_PARTNER_RUN = re.compile(r"(?<=与|和|同|跟)([^，,；;。与和同跟]{2,30}?)(?=等" + _OTHERS + r")"
                          r"|(?<=[（(])(?:包括|如|比如|例如|含)([^（(）)]{2,30})(?=[）)])")


def without_partners(sentence: str, document: str) -> str:
    """The sentence without the partners it names as *other* measures (与M等其他问责方式, 其他问责方式
    （包括M）), for the test that each term is in the passage: the partner is held only to be a term
    of the same document (`document`), not of the passage that makes the others combinable."""
    if "其他" not in sentence:
        return sentence

    def out(m: re.Match) -> str:
        run = m.group(1) or m.group(2)
        if m.group(2) is not None and not re.search(_OTHERS + r"[（(]$", sentence[:m.start()][-12:]):
            return m.group(0)
        names = [n for n in re.split(r"[、和及与]", run) if n]
        if not names or not all(n in document for n in names):
            return m.group(0)
        return m.group(0).replace(run, "")

    return _PARTNER_RUN.sub(out, sentence)
