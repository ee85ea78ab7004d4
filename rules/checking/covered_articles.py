"""The articles a provision is said to cover, held to the articles its own text names: "第十条覆盖
第二章全部问责情形，也就是第五条到第九条" where 第十条 says "有本规定第五、六、七、九条规定的情形".

Why: the support test reads every article the sentence names as a passage it may rest on, so a
range (第五条到第九条) that takes in an article the provision leaves out (第八条) finds its words
anyway. Here an article followed by a verb of reach (覆盖, 适用于, 针对, 涵盖, 包括, 涉及…) is the
provision, and the articles the sentence names after it (outside clauses that deny or except:
不, 没, 未, 除, 外, 非) are the set it is said to reach. When the provision's own text names
articles of its document, each article of that set must be one of them; and a restriction (只,
仅) over the set must name them all. A provision whose text names no article is left to the
other readers.
"""
from __future__ import annotations

import re
from typing import Callable

from ..references import find_refs, format_ref

# the provision, then a verb of its reach ("第十条覆盖", "第十条的规定适用于", "第十条只针对")
_REACH = re.compile(r"^(?:的?(?:规定|条文|问责方式|这一条|这条))?(?:所|都|也|只|仅|仅仅|一共|共)?"
                    r"(?:覆盖|涵盖|适用于|适用|针对|包括|包含|涉及|指向|对应|管)")
_DENIED = re.compile(r"[不没未除外非]")
_CLAUSE = re.compile(r"[^，,；;。]+")


# (szalarm5) the same reach said in the passive: "第十四条的初步问责同样被第十五条覆盖"
_BY = re.compile(r"(?:同样|也|都|均|一样|一并)?被$")
_PASSIVE_REACH = re.compile(r"^(?:的规定)?(?:所)?(?:覆盖|涵盖|包括|包含|涉及|指向|管到|管)")


def _cited_articles(text: str, own: int) -> set[int]:
    """The articles of its own document an article's text names (not itself, not another document's)."""
    return {x.article for x in find_refs(text) if x.article and x.doc_title is None and x.doc_number is None
            and x.article != own}


def _passive(sentence: str, refs: list, article_text: Callable[[int], str | None]) -> list[str]:
    """(szalarm5) "第十四条的初步问责同样被第十五条覆盖": the article after 被 is the provision, the
    articles before 被 in the same clause the set it is said to reach; each must be one its own
    text names ("第十六条的一般事故也被第十五条覆盖" where 第十五条 names 第十三条、第十四条 fails)."""
    for r in refs:
        if _BY.search(sentence[:r.start]) is None or _PASSIVE_REACH.match(sentence[r.end:]) is None:
            continue
        text = article_text(r.article)
        if not text:
            return []
        theirs = _cited_articles(text, r.article)
        start = max(sentence.rfind(c, 0, r.start) for c in "，,；;。：:") + 1
        said = {x.article for x in refs if start <= x.start < r.start and x.article != r.article}
        if not said or _DENIED.search(sentence[start:r.start]):
            continue
        if not theirs or said - theirs:
            extra = "、".join(format_ref(n) for n in sorted(said - theirs if theirs else said))
            listed = "、".join(format_ref(n) for n in sorted(theirs)) or "其他条文"
            return [f"{format_ref(r.article)}所说的是{listed}的情形，不包括{extra}"]
    return []


def problems(sentence: str, article_text: Callable[[int], str | None]) -> list[str]:
    """Why the set of articles the sentence says a provision reaches is not its text's, else []."""
    if sentence.count("条") >= 2 and "被" in sentence:
        passive = _passive(sentence, [r for r in find_refs(sentence) if r.article and r.doc_title is None
                                      and r.doc_number is None], article_text)
        if passive:
            return passive
    if sentence.count("条") < 2 or not re.search(r"覆盖|涵盖|适用|针对|包括|包含|涉及|指向|对应|管", sentence):
        return []
    refs = [r for r in find_refs(sentence) if r.article and r.doc_title is None and r.doc_number is None]
    for i, r in enumerate(refs):
        m = _REACH.match(sentence[r.end:])
        if m is None:
            continue
        text = article_text(r.article)
        if not text:
            return []
        theirs = _cited_articles(text, r.article)
        if not theirs:
            return []
        said: set[int] = set()
        for c in _CLAUSE.finditer(sentence, r.end):
            if _DENIED.search(c.group(0)):
                continue
            said |= {x.article for x in refs[i + 1:] if c.start() <= x.start < c.end() and x.article != r.article}
        if not said:
            return []
        listed = "、".join(format_ref(n) for n in sorted(theirs))
        extra = sorted(said - theirs)
        if extra:
            return [f"{format_ref(r.article)}所说的是{listed}的情形，不包括{'、'.join(format_ref(n) for n in extra)}"]
        if re.search(r"只|仅", m.group(0)) and said != theirs:
            return [f"{format_ref(r.article)}所说的是{listed}的情形，不只所说的这些"]
        return []
    return []
