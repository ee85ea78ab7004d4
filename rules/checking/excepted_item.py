"""An item said not to apply, where a paragraph of its own article excepts it by a relative reference:
"招牌面积不满10平方米且设置高度不超过6米的，不用按第七条第一款第（三）项做定期检测" restating 第七条第二款
"招牌面积不满10平方米且设置高度不超过6米的，不适用前款第（三）项的规定" (branch `regalarm3`).

Why: the sentence names the item, so it was held to the item's line alone (第七条（三）: 委托检测单位定期
进行安全检测…), which says nothing of the case that shuts it off; the statement it restates is the next
paragraph, which names the item only as 前款第（三）项, so `excepted_articles` (articles excepted by their
absolute numbers, in another article) did not find it.

Read here: a sentence that names an item of an article of the document (第N条(第P款)第（k）项) and says it
does not apply (不适用, 除外, 不用按 / 不必按 / 无须按 …) is also held to the paragraph of that article whose
opening line, in a clause with 不适用 / 除外, refers to that very item: 前款第（k）项 from the paragraph
after the item's, or 本条第P款第（k）项. The item stays named (what the sentence says of it is still held
to it); the excepting paragraph is added. Another item (第（二）项), a paragraph that excepts nothing, or
a sentence that does not say the item is shut off adds nothing.
"""
from __future__ import annotations

import re

from ..references import cn_int, find_refs, int_cn
from .paragraph_lines import paragraphs
from .sources import SourceSet, SourceText

# the sentence says the item does not apply (in the text's words or plainly)
_NOT_APPLY = re.compile(r"不适用|除外|(?:不用|不必|无须|无需|不需要?|用不着)(?:再)?(?:按照?|依照|执行|适用)")
# the text's clause that shuts provisions off
_EXCEPTS = re.compile(r"不适用|除外")
_CLAUSE = re.compile(r"[。；;，,]")
_RELATIVE = re.compile(r"(?:前款|本条第(?P<p>[一二三四五六七八九十\d]+)款)"
                       r"(?P<items>第[（(][一二三四五六七八九十]+[)）]项(?:(?:、|和|及|或者|或)第?[（(][一二三四五六七八九十]+[)）]项)*)")
_ITEM_MARK = re.compile(r"[（(]([一二三四五六七八九十]+)[)）]")


def may_concern(sentence: str) -> bool:
    return bool(_NOT_APPLY.search(sentence)) and "项" in sentence


def _holder(paras: list[list[str]], item: int) -> int | None:
    """The paragraph (1-based) whose lines list the item （k）."""
    mark = re.compile(rf"^\s*[（(]{int_cn(item)}[)）]")
    return next((k for k, lines in enumerate(paras, 1) if any(mark.match(x) for x in lines[1:])), None)


def excepting(sentence: str, named: list[SourceText], sources: SourceSet, doc: str) -> list[SourceText]:
    """The paragraphs of the named items' own articles that except those items, or []."""
    if not named or not may_concern(sentence):
        return []
    out: list[SourceText] = []
    for r in find_refs(sentence):
        if not (r.internal and r.item) or (whole := sources.article(r.article, doc)) is None:
            continue
        paras = paragraphs(whole.text)
        home = r.paragraph or _holder(paras, r.item)
        if home is None:
            continue
        for k, lines in enumerate(paras, 1):
            if k == home:
                continue
            for clause in _CLAUSE.split(lines[0]):
                if not _EXCEPTS.search(clause):
                    continue
                for m in _RELATIVE.finditer(clause):
                    target = cn_int(m.group("p")) if m.group("p") else k - 1
                    items = {cn_int(x) for x in _ITEM_MARK.findall(m.group("items"))}
                    if target == home and r.item in items:
                        p = SourceText(f"{whole.id}#p{k}", whole.doc_id, whole.doc_title, whole.doc_kind,
                                       f"{whole.label}第{int_cn(k)}款", lines[0], whole.article, whole.truncated,
                                       whole.heading)
                        if p not in out and p not in named:
                            out.append(p)
    return out
