"""A document's date or issuer said not to be known where its front matter gives it:
"来源没有写明发文机关，所以我没法告诉你确切的发布日期" (round 12's writer found it passing). The
first clause is true of the seed regulation (its issuer is not recorded); the second is not (it is
dated 2009-12-15). An inability to say a fact is a claim about the sources, held to the front
matter of the document the sentence is about, field by field."""
from __future__ import annotations

import re

from .sources import SourceSet

# 没法告诉你…日期 / 无法确定发文机关 / 不知道是谁发布的: what cannot be said, then the field it is
_UNABLE = re.compile(r"(?:没法|无法|不能|没办法|无从|不知道|不清楚|说不出|不确定|确定不了|查不到|看不出)"
                     r"[^，,。；;]{0,12}?(?P<field>发布日期|印发日期|发文日期|制定日期|日期|发布时间|印发时间|哪一?年|哪天"
                     r"|发文机关|发布机关|印发机关|发文单位|制定机关|是谁发布|谁发布|谁印发|谁制定)")
_DATE_FIELD = re.compile(r"日期|时间|年|天")
# a front matter's own words for a field it does not know (issuer: 未载明（来源页面没有列出发文机关）)
_UNRECORDED = re.compile(r"未载明|未知|不详|没有列出|未列出|无")


def _given(value: str) -> bool:
    return bool(value) and not _UNRECORDED.match(value)


def unknown_fields(sentence: str, sources: SourceSet, doc: str) -> list[str]:
    """Why each field `sentence` says cannot be told is in fact given by `doc`'s front matter."""
    facts = sources.documents.get(doc)
    if facts is None:
        return []
    out = []
    for m in _UNABLE.finditer(sentence):
        if re.search(r"施行|生效|实施|有效|废止", sentence[m.start():m.end() + 4]):
            continue                  # when it came into force: no front matter field of the seed's
        if _DATE_FIELD.search(m.group("field")):
            if _given(facts.date):
                out.append(f"《{facts.title}》的来源载明了日期（{facts.date}），不是无法得知。")
        elif _given(facts.issuer):
            out.append(f"《{facts.title}》的来源载明了发文机关（{facts.issuer}），不是无法得知。")
    return out
