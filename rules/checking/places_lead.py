"""A count of the places a document is cited, leading the list of them in the same sentence:
"中办发[2009]25号在四个地方出现：作为制定依据（第一条）；…的程序依据（第十一条）；…". The lead
counts the articles that cite it, and the first place is glued to it by the colon (the others
stand as sentences of their own after the semicolons).

The count is held to the regulation: it must be the number of its articles whose text names
the document, word for word (a count the text does not bear fails). The place after the colon
is judged as a sentence of its own with the document as its subject ("中办发[2009]25号作为制定
依据（第一条）"; a noun phrase takes 是: "中办发[2009]25号是…的程序依据（第十一条）").
"""
from __future__ import annotations

import re

from ..references import cn_int

_DOC = r"(?P<doc>[\u4e00-\u9fff]{1,6}[\[［〔(（]\d{4}[\]］〕)）]\d+号(?:文件?)?|《[^》]{1,40}》)"
_LEAD = re.compile(rf"^{_DOC}(?:在(?:本?规定(?:里|中))?|(?:本?规定(?:里|中))?(?:一共|总共|共)?在?)"
                   r"(?P<n>[一二两三四五六七八九十\d]+)(?:个地方|处|个条文|条)(?:出现|被?引用|被?提到|用到)(?:了|过)?[：:](?P<item>.+)$")
_VERB = re.compile(r"^(?:作为|是|为|用作|用于|被)")


def split(sentence: str) -> tuple[str, int, str] | None:
    """(the document, the count said, the first place as a sentence of its own); None else."""
    if "：" not in sentence and ":" not in sentence:
        return None
    m = _LEAD.match(sentence.strip())
    if m is None:
        return None
    doc, item = m.group("doc"), m.group("item").strip()
    return doc, cn_int(m.group("n")), doc + ("" if _VERB.match(item) else "是") + item


def cited_in(doc: str, articles: list[str]) -> int:
    """How many of the articles name the document (its number, with or without 文件)."""
    key = re.sub(r"文件?$", "", doc)
    return sum(1 for a in articles if key in a)


# (branch r21miss) the count said alone, no list after it: "中办发[2009]25号在五个地方出现。" is held
# to the same count; the places are every passage that names the document (the regulation's
# articles, and any other source), and a count that is neither is unsupported.
_ALONE = re.compile(_LEAD.pattern.split("[：:]")[0] + r"[。！!]?$")


def count_alone(sentence: str) -> tuple[str, int] | None:
    """(the document, the count said) of a sentence that only counts the places it is cited."""
    m = _ALONE.match(sentence.strip())
    return (m.group("doc"), cn_int(m.group("n"))) if m else None


# (szalarm6) the count after its verb, of any thing the text names, or said bare to the question's
# thing: "中办发[2009]25号（《…》）在规定里出现了四处：第一条…；", "在《暂行规定》里出现两处：一是第三条…"
# (asked 纪检监察机关在这个规定里扮演什么角色), "四次：第一条…" (asked …在本规定里被提到几次). The thing
# must stand in exactly that many articles, once in each, so that places and times are one count
_AFTER_VERB = re.compile(r"^(?P<subj>[^：:，,。；;]{0,40}?)(?:在[^：:，,。；;]{1,12}?(?:里|中|之中|内))?(?:一共|共|总共)?"
                         r"(?:被)?(?:出现|提到|提及|引用|用到|点到)(?:了|过)?(?P<n>[两二三四五六七八九十]+|\d{1,2})(?:处|次)[：:]")
_BARE = re.compile(r"^(?:一共|共|总共)?(?P<n>[两二三四五六七八九十]+|\d{1,2})(?:处|次)[：:]")
_ASKED = re.compile(r"^(?:请问|那么|那|想问)?(?P<thing>[^，,。？?在]{2,30}?)在")


def _plain(text: str) -> str:
    """A document number's brackets written one way ([2009] for 〔2009〕, ［2009］)."""
    return re.sub(r"[〔［【]", "[", re.sub(r"[〕］】]", "]", text))


def occurrence_lead(sentence: str, question: str) -> tuple[str, int, str] | None:
    """(the thing counted, the count said, the lead written "thing：rest") of a lead that counts the
    places or times the text names a thing; None else."""
    m = _AFTER_VERB.match(sentence.strip())
    subject = re.sub(r"[（(][^）)]*[）)]", "", m.group("subj")).strip() if m else ""
    if not subject:
        m = m or _BARE.match(sentence.strip())
        asked = _ASKED.match(question.strip())
        if m is None or asked is None:
            return None
        subject = asked.group("thing").strip()
    if len(subject) < 2:
        return None
    return _plain(subject), cn_int(m.group("n")), subject + "：" + sentence.strip()[m.end():]


def times_named(thing: str, articles: list[str]) -> int:
    """How many articles name the thing, when each names it once; -1 when one names it more often."""
    times = [_plain(a).count(thing) for a in articles]
    return sum(1 for t in times if t) if all(t <= 1 for t in times) else -1
