"""A provision applied (or not) named by its number and what it provides: "也不能适用第二十一条的从轻、
减轻", "不适用第十八条从轻、减轻和第十九条免予追究", and the case it would cover given as a concession
before it: "即使有积极配合调查之类的表现，也不能适用第二十一条…" (branch galarm5).

The text says "有第十九条第（二）项情形的，不适用前款规定" or "不适用本细则第十八条、第十九条的规定": the
provision by its place alone. A draft names it by its number and a short label of what it provides
(从轻、减轻, 免予追究), or gives one of its cases as what would not help (即使积极配合调查). Those words
are the referenced provision's, not the sentence's article's, and the support test held them to the
wrong text and flagged the sentence.

Read: after 适用 (the verb that takes a provision as its object), a reference followed by a label up to
the next clause break or the next reference; each part of the label (split at 、 / 和 / 或者) must be
the words of that provision (every character pair of it). Such a label says which provision, nothing
more: the reference is kept, narrowed to the one paragraph of its article that holds the label when
the reference names the whole article (从轻、减轻 is 第二十一条第一款, the paragraph its second excludes),
and the label dropped. A concession opened by 即使 / 就算 / 哪怕 before that verb whose case is the
words of one of that provision's items (之类的表现 / 等情形 being its head) is dropped too. A label or a
case the provision does not hold (从重 for a provision of 从轻; another item's act) is left in the
sentence, and fails there as before.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import Ref, find_refs
from .paragraph_lines import paragraphs
from .sources import bare, bigrams

# the verb that takes a provision as its object (not 依照 / 按照: what follows their provision is the
# sentence's predicate, 按照第（二）项给予诫勉, a claim of its own)
_APPLY = re.compile(r"适用$")
# the words between the verb and the reference (本办法, 本规定…)
_BETWEEN = re.compile(r"(?:本(?:办法|规定|细则|条例))?$")
_LABEL = re.compile(r"^(?P<de>的)?(?!的?规定)(?P<label>[\u4e00-\u9fff、]{2,16}?)(?:的规定|规定)?(?=$|[，,。；;！!）)]|(?:和|及|以及|与|、)(?:本(?:办法|规定|细则))?第)")
_PARTS = re.compile(r"、|和|及|或者|或|与")
_CONCESSION = re.compile(r"(?P<c>(?:即使|就算|哪怕|即便)(?:有|是)?(?P<case>[\u4e00-\u9fff、]{2,20}?)(?:之类|等)?(?:的)?(?:表现|情形|情况|行为)?[，,])"
                         r"(?=(?:也|都|仍然?|还是)?(?:不能|不得|不可以|不会|不再|不)?(?:再)?适用)")


def _held(words: str, text: str) -> bool:
    """Every part of the words in the provision's own clauses: a clause that names another article
    (依照本规定第二十一条的规定从轻或者减轻追究) gives that article's effect, not this one's."""
    parts = [bare(x) for x in _PARTS.split(words) if bare(x)]
    own = "\n".join(c for c in re.split(r"[，,；;。：:\n]", text) if not find_refs(c))
    plain = bigrams(bare(own))
    return bool(parts) and all(len(x) >= 2 and bigrams(x) <= plain for x in parts)


def _narrowed(ref_text: str, r: Ref, label: str, article_text: Callable[[Ref], str | None]) -> str:
    """The reference said with the paragraph that holds the label, when it names a whole article
    of several paragraphs and exactly one of them holds it; else as said."""
    if r.paragraph or r.item:
        return ref_text
    text = article_text(r)
    paras = paragraphs(text) if text else []
    if len(paras) < 2:
        return ref_text
    holding = [k for k, lines in enumerate(paras, 1) if _held(label, "\n".join(lines))]
    return f"{ref_text}第{'一二三四五六七八九'[holding[0] - 1]}款" if len(holding) == 1 and holding[0] <= 9 else ref_text


def _lead(sentence: str, r: Ref) -> str:
    before = sentence[:r.start]
    return before[:len(before) - len(_BETWEEN.search(before).group(0))]


def _applied(sentence: str) -> list[tuple[Ref, str, bool]]:
    """(reference, the words before it, whether 适用 is right before it) of each reference that is
    the object of 适用, itself or as a conjunct after one that is (第十八条…和第十九条…)."""
    refs = [r for r in find_refs(sentence) if r.article and not r.doc_number and not r.doc_title]
    out = []
    for r in refs:
        lead = _lead(sentence, r)
        applied = _APPLY.search(lead) is not None
        if applied or (re.search(r"(?:和|及|以及|与|、)$", sentence[:r.start]) and
                       any(x.end <= r.start and _APPLY.search(_lead(sentence, x)) for x in refs)):
            out.append((r, lead, applied))
    return out


def swapped(sentence: str, provision: Callable[[Ref], str | None]) -> list[str]:
    """A label after an applied provision that is not its words but another's the sentence names
    with it ("不适用第十八条免予追究和第十九条从轻、减轻", the two swapped)."""
    found = [(r, provision(r), _LABEL.match(sentence[r.end:])) for r, *_ in _applied(sentence)]
    for r, text, m in found:
        if text is None or m is None or _held(m.group("label"), text):
            continue
        other = [x for x, t, _ in found if x is not r and t and _held(m.group("label"), t)]
        if other:
            return [f"“{m.group('label')}”不是{sentence[r.start:r.end]}的规定，是{sentence[other[0].start:other[0].end]}的"]
    return []


def without_labels(sentence: str, provision: Callable[[Ref], str | None],
                   article_text: Callable[[Ref], str | None]) -> str:
    """The sentence with each applied provision's label (and the concession naming its case)
    dropped where the provision holds them (`provision(ref)` -> the text the reference names,
    `article_text(ref)` -> its whole article); else unchanged."""
    out, cut = sentence, []
    for r, lead, applied in _applied(sentence):
        text = provision(r)
        if not text:
            continue
        m = _LABEL.match(sentence[r.end:])
        labelled = m is not None and _held(m.group("label"), text)
        if m is not None and not labelled:
            continue                     # a label the provision does not hold: all of it judged as said
        if applied and (c := _CONCESSION.search(sentence[:r.start])) is not None and _held(c.group("case"), text):
            cut.append((c.start("c"), c.end("c"), ""))
        if not labelled:
            continue
        ref_text = sentence[r.start:r.end]
        cut.append((r.start, r.end + m.end(), _narrowed(ref_text, r, m.group("label"), article_text)))
        if applied and (n := _MODAL_NO.search(lead)) is not None:
            cut.append((n.start(), n.end(), "不适用"))
    for start, end, said in sorted(set(cut), reverse=True):
        out = out[:start] + said + out[end:]
    return out


# 不能适用 / 不得适用 of a provision the text says 不适用: the modal adds nothing to a provision that does
# not apply (said only where the provision is named and its label read, as above)
_MODAL_NO = re.compile(r"不(?:能|得|可以|可|再)适用$")
