"""A document said to touch a matter in one sentence only, the sentence then quoted: "只有一句带到：
在“强化政府自身建设”部分提到“进一步加强廉政建设，开展明察暗访，严格监督问责，完善绩效管理和电子
监察”" (asked 报告里讲问责了吗), "报告只有一处提到问责：“…”".

The lead is a count of the document's sentences that write the matter — the matter named after the
verb (只有一句提到问责), or else the one the question asks whether the text takes up (讲问责了吗).
It holds when the quote after it is written in one document, holds the matter's word, and is the
only sentence of that document to write it; any other count, or a quote that does not hold the
word, fails the sentence. What follows the lead is handed back to be judged as any sentence (the
quote); a part it is placed in (在“…”部分) must be the heading of a passage holding the quote. With no quote, or no matter to count, the lead is left alone.
"""
from __future__ import annotations

import re

from .sources import SourceSet
from .ordered import in_order

_LEAD = re.compile(r"^(?:(?:这份|该|本)?(?:报告|文章|论文|规定|文件|原文|正文)(?:里|中|中间)?)?(?:也|全文)?(?:只有|仅有|就只有|只在)"
                   r"一(?:句话?|处)(?:话)?(?:里)?(?:带到|提到|讲到|说到|谈到|涉及|写到|提及)(?P<term>[\u4e00-\u9fff]{2,6})?"
                   r"(?:了|过)?[：:，,]")
_ASKED = re.compile(r"(?:讲|提|说|谈|写|涉及)(?:到|了|过)?(?P<term>[\u4e00-\u9fff]{2,6}?)(?:了吗|吗|没有|了没|的内容)")
# the part of the document the quote is placed in: 在“强化政府自身建设”部分 / 一节 / 那段
_PART = re.compile(r"在[“「]([^”」]{2,30})[”」](?:这一?|那一?)?(?:部分|一节|一段|段|节|章|里|中)")
_QUOTE = re.compile(r"“([^”]{8,})”")
# a quote with an ellipsis in it (“严格践行…”, “开展明察暗访……电子监察”); the closing mark may be left off
_ELIDED = re.compile(r"“([^”]*(?:…|\.\.\.)[^”]*)(?:”|$)")
_ELLIPSIS = re.compile(r"…+|\.{3,}")


def read(sentence: str, question: str, sources: SourceSet) -> tuple[bool | None, str, str]:
    """(verdict, why, the rest of the sentence to judge); None when the sentence has no such lead."""
    if "一" not in sentence or not re.search(r"只有|仅有|只在", sentence[:12]):
        return None, "", sentence
    lead = _LEAD.match(sentence.strip())
    if not lead:
        return None, "", sentence
    rest = sentence.strip()[lead.end():]
    term = lead.group("term")
    if not term:
        asked = _ASKED.search(question)
        term = asked.group("term") if asked else None
    quotes = [q for q in _QUOTE.findall(rest)]
    elided = _ELIDED.search(rest)
    if term and elided and (not quotes or _ELLIPSIS.search(quotes[-1])):
        # (wsz2) "报告只有一处提到问责：“严格践行…”": a quote cut short by an ellipsis names the
        # sentence it begins (or whose parts it keeps); that sentence must hold the word
        return _elided(elided.group(1), term, sources, rest[elided.end():])
    if not term or not quotes:
        return None, "", sentence
    quote = quotes[-1]
    docs = {p.doc_id for p in sources.passages if quote in p.text}
    if len(docs) != 1:
        return None, "", sentence
    (doc,) = docs
    if term not in quote:
        return False, f"所引的这句话里没有“{term}”。", ""
    part = _PART.search(rest)
    if part and not any(quote in p.text and part.group(1) in (p.heading or "") for p in sources.of_document(doc)):
        return False, f"所引的这句话不在“{part.group(1)}”这一部分。", ""
    said = [s for p in sources.of_document(doc) for s in re.split(r"[。！？!?]", p.text) if term in s]
    if len(said) != 1:
        return False, f"来源中写到“{term}”的有{len(said)}句，不是只有一句。", ""
    return True, f"来源中只有一句写到“{term}”", rest


def _elided(quote: str, term: str, sources: SourceSet, rest: str) -> tuple[bool | None, str, str]:
    """An elided quote read as the sentences of one document holding its kept parts in order:
    the claim holds when that document writes the term in one sentence and the quoted sentence is
    it; a quote no document holds, or whose sentence lacks the term, fails (fail closed)."""
    parts = [re.sub(r"[‘’“”'\"\s]", "", x) for x in _ELLIPSIS.split(quote)]
    parts = [x for x in parts if x]
    if not parts or sum(len(x) for x in parts) < 2:
        return False, "所引的话只剩省略号，看不出是哪一句。", ""

    def holds(sent: str) -> bool:
        return in_order(parts, re.sub(r"[‘’“”'\"\s]", "", sent))

    found: dict[str, list[str]] = {}
    for p in sources.passages:
        for sent in re.split(r"[。！？!?]", p.text):
            if holds(sent):
                found.setdefault(p.doc_id, []).append(sent)
    if len(found) != 1:
        return False, "所引的话在来源中找不到唯一的出处。", ""
    (doc, sents), = found.items()
    if not any(term in x for x in sents):
        return False, f"所引的这句话里没有“{term}”。", ""
    said = [x for p in sources.of_document(doc) for x in re.split(r"[。！？!?]", p.text) if term in x]
    if len(said) != 1:
        return False, f"来源中写到“{term}”的有{len(said)}句，不是只有一句。", ""
    return True, f"来源中只有一句写到“{term}”", rest
