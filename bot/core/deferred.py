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
_TITLED = re.compile(r"《[^》]*》")


def handed_over(clauses: list[AskedClause], texts: list[str], kb: Corpus, case: tuple[str, ...] = ()) -> str | None:
    """《X》 when one of `texts` hands what `clauses` ask to X, a document the index does not hold;
    else None. `case`: the words of the clauses that set the question's case without asking
    (在天然水域野泳出事了，罚款标准是多少: 天然水域): a case the regulation names only to hand it
    over is all handed over, whatever is asked of it (`_only_handed`)."""
    for text in texts:
        for sentence in _SENTENCES.split(text):
            m = _HANDS_OVER.search(sentence)
            if m is None or held(m.group(1), kb):
                continue
            subject = sentence[:m.start()].rstrip("，, ")
            if not subject or _CASE_CLAUSE.search(subject):
                continue
            items = [i for i in _ITEMS.split(subject) if i]
            if any(_asks_of(c, item) for c in clauses for item in items) \
                    or any(w in item and _only_handed(w, sentence, kb) for w in case for item in items):
                return f"《{m.group(1)}》"
    return None


def _only_handed(word: str, sentence: str, kb: Corpus) -> bool:
    """`word` is said by the document that has `sentence` there only (and in titles in 《》): the
    regulation says nothing of its own about that matter, so a question set in it is the other
    document's. A case the regulation also rules on (燃气事故, graded in a 预案 and reported under
    its own articles) is not handed over by naming it."""
    docs = {ch.meta["doc_id"] for ch in kb.chunks if sentence in ch.text}
    if not docs:
        return False
    for ch in kb.chunks:
        if ch.meta["doc_id"] not in docs:
            continue
        rest = _TITLED.sub("", ch.text.replace(sentence, ""))
        if word in rest:
            return False
    return True


def _asks_of(c: AskedClause, item: str) -> bool:
    """`item` (one matter a sentence hands over) is what the clause asks: it has an asked word, or
    when the clause asks with its verb alone, its head begins with that verb (分 -> 燃气事故的分级).
    A verb that only begins a modifier does not make the item what is asked: 管 in 归不归这个办法管
    (the regulation's own scope) is not 天然水域游泳区的安全管理责任追究, whose head is 追究."""
    if c.words or c.kinds:
        return any(_present(w, [item]) for w in c.words + c.kinds)
    verbs = acts(c.text)
    words = [w for run in cut([item]) for w in run]
    return bool(words) and len(words[-1].text) >= 2 and words[-1].text[0] in verbs


__all__ = ["handed_over"]
