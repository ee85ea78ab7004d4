"""A statement the text makes with an exception (…向社会公开；但是，涉及商业秘密…的内容除外) said
without one (全文向社会公开，不得删减任何内容).

The text's own exception (…除外, 但…不…, 另有规定的除外, or a proviso "；但是，…的，适用…" that gives
its own case another rule) limits the statement it follows in the same
sentence. A clause that restates that statement and says it holds for all of its object (全文,
全部, 一律, 任何, 无一例外, 不得删减) denies the exception, unless the sentence names the exception
too (除外, 但, 例外, 不包括, or the exception's own words). A restatement that leaves the exception
unsaid but claims no whole (审定后向社会公开) is left to the other readings: it is incomplete, not
contrary.
"""
from __future__ import annotations

import re

from . import clause_hits as CH
from .sources import SourceText, bare

# words that claim the whole of what the statement acts on, or forbid leaving any of it out
_WHOLE = re.compile(r"全文|全部|一律|任何|所有|无一例外|毫无保留|不得删减|不能删减|不得删除|一字不删|原样|完整地?")
# the sentence itself names an exception
_EXCEPTING = re.compile(r"除外|除了|但是?|例外|不包括|不含|以外")
_TEXT_EXCEPTION = re.compile(r"(?:但是?|除)[^。]*?除外|另有规定的除外|[^。；;]*的除外"
                             # (branch g10miss) a proviso that gives its own case another rule: "…，适用行为
                             # 发生时的规定；但是，依照本办法不予追究或者追究较轻的，适用本办法"
                             r"|(?<=[；;，,])\s*但是[，,][^。]+")


def _sentence_of(unit: str, doc: str) -> str:
    """The sentence (to 。 or a line's end) of the document that holds the statement."""
    at = doc.find(unit)
    if at < 0:
        return ""
    start = max(doc.rfind("。", 0, at), doc.rfind("\n", 0, at)) + 1
    ends = [e for e in (doc.find("。", at), doc.find("\n", at)) if e >= 0]
    return doc[start:min(ends) if ends else len(doc)]


def problems(sentence: str, passages: list[SourceText], whole: list[SourceText], referred=None) -> list[str]:
    if not _WHOLE.search(sentence) or _EXCEPTING.search(sentence):
        return []
    r = CH.read(sentence, passages, whole, referred)
    for hit in r.hits.values():
        stated = _sentence_of(hit.unit.text, r.doc_text)
        m = _TEXT_EXCEPTION.search(stated[stated.find(hit.unit.text) + len(hit.unit.text):]) if stated else None
        if m is None:
            continue
        said = _WHOLE.search(sentence).group(0)
        if said in stated:                # the text's own whole (一律…，但是…除外) is no denial
            continue
        # the exception's own words in the sentence name it
        own = {bare(m.group(0))[i:i + 2] for i in range(len(bare(m.group(0))) - 1)} - {"除外", "但是"}
        if own and sum(g in bare(sentence) for g in own) / len(own) >= 0.5:
            continue
        return [f"原文有例外（{bare(m.group(0))}），不是“{said}”（原文：{stated}）"]
    return []
