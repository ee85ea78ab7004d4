"""A mention denied that the text makes (branch `r19miss`).

"规定里提没提食品药品安全？" — "没有直接提。": a denial that the text names a thing, either bare (its
object is the question's) or with the thing said (规定没有提到食品药品安全). The denial is the
answer's own claim about the text, and nothing the support test measures: its words are few and
the note on the sources (没有载明…) shares them. Read here: the thing denied (the words after the
verb of mentioning, else what the question asks to be mentioned, three characters or more) is
looked up word for word in the articles the sentence names, else in the whole document: when it is
there, the text does mention it and the sentence is unsupported. A thing not found verbatim is
left to the other readings. No word of any regulation is read here.
"""
from __future__ import annotations

import re

from .sources import bare

_VERB = r"(?:提到|提及|提起|提|涉及|写到|写|说到|讲到|列出|列)"
# the denial: a scope, the negation, an adverb of manner, the verb of mentioning, its object
_DENIAL = re.compile(r"(?:^|[，,；;])(?P<scope>(?:本规定|规定|条文|原文|文件|它|这部规定|这份规定"
                     r"|第[零一二两三四五六七八九十百\d]+条(?:第[（(]?[一二三四五六七八九十\d]+[)）]?[款项])?)?)(?:里|中|上)?(?:并|也|都)?"
                     r"(?:没有|没|未|并未|不曾)(?:直接|明确|专门|具体|单独|明文)?" + _VERB + r"(?:过|到|及)?"
                     r"(?P<x>[^，,。；;！!？?]*)")
# the question's: 提没提X / 有没有提到X / 是否提及X / 提到X了吗
_ASKED = re.compile(r"(?:提没提到?|提没有提|有没有提到?|有没有提及|有没有涉及|是否提到|是否提及|是否涉及|提到过?|提及过?|涉及)"
                    r"(?:过|到)?(?P<x>[^，,。？?！!]+?)(?:了)?(?:吗|呢|没有|没)?[？?]?$")
# the thing first, then where it is said not to be: "街道党政领导正职在第十四条里没出现"
_SUBJECT_FIRST = re.compile(r"(?:^|[，,；;])(?P<x>[^，,。；;！!？?在]{3,30}?)(?:在|于)(?P<scope>(?:本规定|规定|条文|原文|"
                            r"第[零一二两三四五六七八九十百\d]+条(?:第[（(]?[一二三四五六七八九十\d]+[)）]?[款项])?))"
                            r"(?:里|中|当中|里面)?(?:并|也|都|根本|压根)?(?:没有|没|未|并未|不曾)(?:出现|" + _VERB[3:])
_TRIM = re.compile(r"(?:的(?:规定|内容|问题|事|情况|领域|要求)|这件事|这个|这一?项|这些|吗|呢)$")
MIN_THING = 3


def may_concern(sentence: str) -> bool:
    return bool(re.search(r"没|未|不曾", sentence)) and bool(re.search(_VERB + "|出现", sentence))


def _thing(text: str) -> str:
    x = text.strip()
    for _ in range(2):
        x = _TRIM.sub("", x)
    return bare(x)


def problems(sentence: str, question: str, article_text, whole: str) -> list[str]:
    """Why the sentence denies that the text mentions what the text does mention.
    article_text(n) is the text of article n (None when absent); whole is the document's text."""
    from ..references import find_refs
    m = _DENIAL.search(sentence) or _SUBJECT_FIRST.search(sentence)
    if m is None:
        return []
    thing, asked_thing = _thing(m.group("x")), False
    if len(thing) < MIN_THING:
        if thing or len(bare(sentence[m.end():])) > 1:
            return []
        asked = _ASKED.search(question.strip())
        thing, asked_thing = (_thing(asked.group("x")) if asked else ""), True
        if len(thing) < MIN_THING:
            return []
    if re.search(r"第[零一二两三四五六七八九十百\d]+[条款项章]|《", thing):
        return []                # a reference denied is the citing readings' (没有列第八条)

    def named(text: str) -> set[int]:
        return {r.article for r in find_refs(text) if r.article and r.internal and not r.doc_number}

    scope = m.group("scope")
    if scope and re.search(r"[款项]", scope):
        return []                         # a paragraph or item: its own text is the list readers' (claims.listing)
    if scope and scope != "它":
        arts = named(scope)               # the article the denial is said of, else the whole text
    elif scope:
        return []                         # 它: whatever the talk is on, unknown here
    else:
        # no scope: the articles the sentence names before it; for a bare answer, the question's;
        # else the talk is on something said before (an article, a case) and it is left alone
        arts = named(sentence[:m.start() + 1]) or (named(question) if asked_thing else set())
        if not arts and not asked_thing:
            return []
    texts = [t for n in sorted(arts) if (t := article_text(n))] if arts else [whole]
    if arts and len(texts) != len(arts):
        return []
    if any(thing in bare(t) for t in texts):
        return [f"原文提到了“{thing}”"]
    return []
