"""An article said to lie outside another provision's reach: "第八条（党风廉政建设责任制）不在这一条
的适用范围里，它按《…》追究" where 这一条 is the 第十条 asked about, whose text says "有本规定第五、
六、七、九条规定的情形".

The claim is about the articles the provision's own text names: it holds when that text names
articles of its document and the article said to be outside is not one of them; it is wrong when
the text names it. A provision whose text names no article of its document, or a 这一条 that
cannot be pinned to one article (the question names none, or several), leaves the clause to the
other readers. The clause so judged is taken off the sentence; a pronoun opening the clause after it
(它, 其) stands for the article said to be outside and is written as that article, so the rest is
judged as any sentence.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs, int_cn

_NUM = "零一二两三四五六七八九十百\\d"
_OUTSIDE = re.compile(rf"(第[{_NUM}]+条)(?:[（(][^）)]*[）)])?(?:并|也|则|就)?(?:不在|不属于)"
                      rf"(这一条|这条|该条|本条|第[{_NUM}]+条)(?:规定)?的?适用范围(?:里|内|之内|中|以内)?")


def _own(text: str) -> set[int]:
    """The articles of its own document a provision's text names (not another document's)."""
    return {r.article for r in find_refs(text) if r.article and r.doc_title is None and r.doc_number is None}


def read(sentence: str, question: str, article_text: Callable[[int], str | None]) -> tuple[bool | None, str, str]:
    """(verdict, why, the sentence left to judge); None when the sentence makes no such claim or
    the claim cannot be pinned down."""
    if "适用范围" not in sentence:
        return None, "", sentence
    m = _OUTSIDE.search(sentence)
    if not m or (m.start() and sentence[m.start() - 1] not in "，,；;：:"):
        return None, "", sentence
    said = [r.article for r in find_refs(m.group(1)) if r.article]
    if m.group(2).startswith("第"):
        whose = [r.article for r in find_refs(m.group(2)) if r.article]
    else:                               # 这一条: the one article the question asks about
        whose = list(dict.fromkeys(r.article for r in find_refs(question) if r.article
                                   and r.doc_title is None and r.doc_number is None))
    if len(said) != 1 or len(whose) != 1 or said == whose:
        return None, "", sentence
    text = article_text(whose[0])
    named = _own(text or "") - {whose[0]}
    if not text or not named:
        return None, "", sentence
    if said[0] in named:
        return False, f"第{int_cn(whose[0])}条写明适用于第{int_cn(said[0])}条的情形。", ""
    after = sentence[m.end():]
    after = re.sub(r"^[，,；;]\s*(?:它|其)(?=[\u4e00-\u9fff《“])", m.group(1), after)
    rest = sentence[:m.start()] + after.lstrip("，,；;")
    return True, f"第{int_cn(whose[0])}条所列的条文不包括第{int_cn(said[0])}条", rest
