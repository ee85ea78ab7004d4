"""A case the text states only by numbered items, said by naming one of those items: the text's
"有本办法第11条第1款第(三)项、第(四)项情形的，每次扣减2万元" restated as "第18条第1款第(二)项引用
第11条第1款第(三)项、第(四)项……每次扣减2万元", or with "属于第11条第1款第(四)项" said earlier in
the draft.

Why: the condition readings (aligned.kept, item_case) ask that the draft say most of a case's
word pairs, with references taken out first (a number is one or two pairs, and the same words
would otherwise match any item). A case written as nothing but references (有…第（三）项、第（四）项
情形的) then has no pairs left but 情形, and a draft that names the very items was said to leave
the case out.

Read here: the case's references (article, paragraph, item, via references.find_refs, which reads
a run 第（三）项、第（四）项 as two items); its words besides the references and the words that
only frame them (有, 本办法, 规定, 所列, 情形, 之一, 的) must come to fewer than two pairs, or be
said too. The case is said when the draft or the question names, as a reference, one of its
items of the same article (and the same paragraph when both give one): items joined in one case
are alternatives, and meeting one meets it. A case that names no item (an article alone) is not
read here: naming an article says nothing of which of its cases holds.

The same holds of an exception stated by articles alone ("但本办法第十条、第二十九条的规定除外"):
the sentence says it when it names every one of those articles and says they do not apply
(不适用, 除外, 例外, 排除, 不包括) itself, the exception having no words besides the references and
its frame (但, 本办法, 规定, 除外, 的).
"""
from __future__ import annotations

import re

from ..references import cn_int, find_refs
from .sources import bare, bigrams

MIN_SAID = 0.3            # share of the case's other pairs the draft must say, when it has some
_REF = re.compile(r"(?:《[^》]*》|本办法|本规定|本细则|本条例)?第[零一二两三四五六七八九十百\d]+条"
                  r"(?:第[零一二两三四五六七八九十百\d]+款)?"
                  r"(?:(?:、|和|或者|或|及|以及)?第?[（(]?[一二三四五六七八九十\d]+[)）]?项)*")
_FRAME = re.compile(r"有|存在|具有|属于|规定|所列|列明|情形|情况|行为|之一|其中|任一|的|[、，,\s]")


def _items(text: str) -> set[tuple[int, int | None, int]]:
    return {(r.article, r.paragraph, r.item) for r in find_refs(text)
            if r.article and r.item and not r.doc_title and not r.doc_number}


# an item named without its article, 有第（一）项、第（六）项情形的 (g22alarm)
_BARE_ITEM = re.compile(r"第?[（(]([一二三四五六七八九十]+)[)）]项?")


def _bare_items(case: str, lead: str) -> set[tuple[int, int | None, int]]:
    """Items a case names without an article ("有第（一）项、第（六）项情形的", an item of 第25条 whose
    lead is "有本办法第22条第1款规定情形的"): items of the one article its lead refers to (in the
    paragraph the lead names), else none."""
    if find_refs(case) or not lead:
        return set()
    lead = re.sub(r"^\s*第[零一二两三四五六七八九十百\d]+条(?:之[一二三四五六七八九十]+)?[\s\u3000]", "", lead)     # (not its article's label)
    arts = {(r.article, r.paragraph) for r in find_refs(lead)
            if r.article and not r.item and not r.doc_title and not r.doc_number}
    if len(arts) != 1:
        return set()
    (article, paragraph), = arts
    out = set()
    for m in _BARE_ITEM.finditer(case):
        try:
            out.add((article, paragraph, cn_int(m.group(1))))
        except ValueError:
            continue
    return out


def said(case: str, draft: str, lead: str = "") -> bool:
    """Whether `case` is a case stated by items that `draft` (with the question) names. `lead`:
    the words the case's item is said under, whose article its bare items (第（一）项) are of."""
    if "项" not in case or "项" not in draft:
        return False                        # (cheap: no item named on one side)
    mine = _items(case) or _bare_items(case, lead)
    if not mine:
        return False
    rest = bigrams(bare(_FRAME.sub("", _BARE_ITEM.sub("", _REF.sub("", case)))))
    if len(rest) >= 2 and len(rest & bigrams(bare(draft))) / len(rest) < MIN_SAID:
        return False                        # (the case says more than its items, and that is not said)
    named = _items(draft)
    return any(a == b and i == j and (p is None or q is None or p == q)
               for a, p, i in mine for b, q, j in named)


_EXCEPTED = re.compile(r"不适用|除外|例外|排除|不包括|不在此列")
_EXCEPTION_FRAME = re.compile(r"但是|但|的|规定|除外|不适用|[、，,和及与\s]")


def _articles(text: str) -> set[int]:
    return {r.article for r in find_refs(text)
            if r.article and not r.item and not r.doc_title and not r.doc_number}


def exception_said(exception: str, sentence: str) -> bool:
    """Whether `exception` excepts articles only, and `sentence` names them all as not applying."""
    if not _EXCEPTED.search(sentence) or "条" not in exception:
        return False
    theirs = _articles(exception)
    if not theirs:
        return False
    if len(bigrams(bare(_EXCEPTION_FRAME.sub("", _REF.sub("", exception))))) >= 2:
        return False                        # (the exception has words of its own: those must be said)
    return theirs <= _articles(sentence)
