"""What a regulation hands to a document the index does not hold.

A regulation often says where a matter is settled instead of settling it: 《梧川市城镇燃气安全监督
管理责任追究办法》第十条 says "燃气事故的分级、应急响应和调查处理，按照《梧川市燃气事故应急预案》的
有关规定执行". A question on how gas accidents are graded shares that article's words, and was
answered with the nearest passage (第十二条 on reporting an accident, or 第十四条's grades of
culpability, which are no accident grades): a confident answer the text does not give. What is
asked is in the 预案, and only that it is not in the knowledge base can be said.

A sentence hands a matter over when its subject is a noun phrase (never a case, "…的，依照《X》
处理", which is the regulation's own consequence) followed by 按照/依照/参照《X》…执行 (办理, 确定);
it hands over what is asked when one of its listed items (、 和 及) has a word the question asks,
or, for a clause asking with a one-character verb alone (怎么分), a word that begins with it (分级).
"""
from __future__ import annotations

import re

from knowledge.retrieval import Corpus
from knowledge.words import cut

from bot.core.asked import _CASE_CLAUSE, _SENTENCES, AskedClause, _present, acts, held

_HANDS_OVER = re.compile(r"(?:按照|依照|参照|依据)《([^》]+)》(?:的|等)?(?:有关|相关)?(?:规定)?(?:执行|办理|确定)")
_ITEMS = re.compile(r"[、，,和及与]")


def handed_over(clauses: list[AskedClause], texts: list[str], kb: Corpus) -> str | None:
    """《X》 when one of `texts` hands what `clauses` ask to X, a document the index does not hold;
    else None."""
    for text in texts:
        for sentence in _SENTENCES.split(text):
            m = _HANDS_OVER.search(sentence)
            if m is None or held(m.group(1), kb):
                continue
            subject = sentence[:m.start()].rstrip("，, ")
            if not subject or _CASE_CLAUSE.search(subject):
                continue
            items = [i for i in _ITEMS.split(subject) if i]
            if any(_asks_of(c, item) for c in clauses for item in items):
                return f"《{m.group(1)}》"
    return None


def _asks_of(c: AskedClause, item: str) -> bool:
    """`item` (one matter a sentence hands over) is what the clause asks: it has an asked word, or
    when the clause asks with its verb alone, a word beginning with that verb (分 -> 分级)."""
    if c.words or c.kinds:
        return any(_present(w, [item]) for w in c.words + c.kinds)
    verbs = acts(c.text)
    return any(len(w.text) >= 2 and w.text[0] in verbs for run in cut([item]) for w in run)


__all__ = ["handed_over"]
