"""Which regulation answers a question when the index holds the seed's documents and regulations a
user ingested, and the question names none of them.

Retrieval ranks every document's passages on one scale, by shared words. The seed's documents are
long and about accountability in general, so a question in their words (处理方式, 从重, 调查) is
ranked to them even when it is about an ingested regulation, which says the same with its own
(追究方式, 从重追究): measured on 《梧川市城镇燃气安全监督管理责任追究办法》 on arrival, "追责到底有哪几种
处理方式" was answered from the Shenzhen paper while 第十五条 lists 追究的方式 and was not among the
five passages retrieved at all. So when the seed's documents lead a passages answer, each ingested
regulation is searched on its own (its own gate, its own ranking), and:

- when its passages address what the question asks (bot/core/asked.py) and the seed's do not, the
  answer is that regulation's;
- when both address it, the asker is asked which document is meant, one button per document
  (a question naming the document, answered as typed): the system cannot tell, and a confident
  answer from the wrong one is the worst outcome;
- otherwise the answer stays as it was.

Only when the seed's documents lead: a question an ingested regulation already leads is that
regulation's (its words: bot/core/pipeline.py `_of_an_ingested_regulation`), and the national laws
are named or weighed by retrieval's own groups.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from knowledge.errors import KnowledgeError
from knowledge.lexical import content_words
from knowledge.retrieval import Corpus, Passage, SearchResult

from bot.core.answer import Body, Statement
from bot.core.drafting import Draft, passages_draft
from bot.core.texts import NOTES

if TYPE_CHECKING:
    from rules.schema import RuleBook

SEARCHED = 5         # passages of each ingested regulation weighed, as many as the first search's
TERM_CHARS = 4       # a run of the question this long that a document has is one of its terms
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{%d,}" % TERM_CHARS)
# what a thing counts as or means (什么样的项目算重点项目, 指什么): answered by the text that defines
# it, which a document that only uses the term (负责重点项目的…) is not
_MEANING = re.compile(r"(?:什么样|什么|哪些|哪种|哪类)[^，,。？?]{0,8}算|指什么|指的是|是指|什么意思|含义|定义")


def ingested(kb: Corpus, book: RuleBook) -> set[str]:
    """The regulations of the index other than the rule book's own documents and the national laws."""
    own = {book.regulation.document, book.complaint.document if book.complaint else None}
    return {c.meta["doc_id"] for c in kb.chunks if c.meta.get("doc_kind") == "regulation"} - own - kb.laws


def the_only_cover(kb: Corpus, book: RuleBook, question: str, result: SearchResult, read: str | None = None) -> SearchResult:
    """The passages of the one ingested regulation whose words cover the whole question, searched
    on its own, when the seed's documents lead the ranking but do not cover it: "对有责任的干部，能给
    哪些处理" shares 责任, 干部 and 处理 with the Shenzhen articles, which rank first by them, while
    only the ferry regulation also says 有责任的 (负有责任的人员) and lists the ways 责任人员 are held to
    account. The question's words are its content words and the runs of four characters some
    document of the index says (its terms); a document covers the question when it has them all.
    Not when the question names a document or asks what a thing counts as or means (a document
    using the term is no definition of it), nor when a national law or an ingested regulation
    leads, nor when two ingested regulations, or the seed's documents together, cover it too (then
    the ranking's order stands and `which_regulation` weighs them). Else `result` as it was.
    `read`: the question as it was searched (bot/core/pipeline.py `_search`), which searches the
    covering regulation too; whether a document covers it is read on the asker's own words (a
    reading that adds the texts' 处理方式 to 哪些处理 would make the Shenzhen paper cover it)."""
    regulations = ingested(kb, book)
    if not regulations or result.reason != "hybrid" or not result.passages or kb.named_documents(question) \
            or _MEANING.search(question):
        return result
    lead = result.passages[0].doc_id
    if lead in regulations or lead in kb.laws:
        return result
    texts = {d: "".join(c.text for c in kb.chunks if c.meta["doc_id"] == d) for d in regulations}
    seed = "".join(c.text for c in kb.chunks if c.meta["doc_id"] not in regulations and c.meta["doc_id"] not in kb.laws)
    runs = {run[i:i + TERM_CHARS] for run in _HAN_RUN.findall(question) for i in range(len(run) - TERM_CHARS + 1)}
    said = [w for w in content_words(question) if len(w) >= 2]
    said += [t for t in runs if t in seed or any(t in text for text in texts.values())]
    covers = lambda text: bool(said) and all(w in text for w in said)
    covering = [d for d in sorted(regulations) if covers(texts[d])]
    if (len(covering) != 1 or covers(seed)) and read not in (None, question):
        return the_only_cover(kb, book, read, result)       # covered in the texts' words, searched so
    if len(covering) != 1 or covers(seed):
        return result
    try:
        found = kb.search(read or question, k=SEARCHED, within=set(covering))
    except (KnowledgeError, TypeError):      # TypeError: a corpus that searches everything
        return result
    if found.reason != "hybrid" or not found.passages:
        return result
    return SearchResult(found.passages, "hybrid", result.signals)


def which_regulation(kb: Corpus, book: RuleBook, question: str, result: SearchResult, shown: list,
                     addresses: Callable[[list], bool]) -> Draft | None:
    """The answer from an ingested regulation, or the question back about which document is meant,
    when the seed's documents lead the passages `shown` for `question` (see the module docstring);
    None when the answer stays as it was. `addresses(basis)`: whether passages address what the
    question asks."""
    regulations = ingested(kb, book)
    if not regulations or result.reason != "hybrid" or not shown or kb.named_documents(question):
        return None
    lead = shown[0].doc_id
    if lead in regulations or lead in kb.laws:
        return None
    theirs: list[tuple[str, list[Passage]]] = []
    for doc in sorted(regulations):
        try:
            found = kb.search(question, k=SEARCHED, within={doc})
        except (KnowledgeError, TypeError):      # TypeError: a corpus that searches everything
            return None
        if found.reason == "hybrid" and found.passages and addresses(found.passages):
            theirs.append((doc, found.passages))
    if not theirs:
        return None
    seeds = [p for p in shown if p.doc_id not in regulations]      # what the seed's own passages say
    first = result.passages[0].doc_id if result.passages else None
    ranked = [(d, ps) for d, ps in theirs if d == first]
    if ranked:
        # retrieval ranked this regulation's passage first and only the answer's lead sentence put
        # the seed's before it ("干部被追责，一般都有哪几种处理": its 追究方式 list first, the Shenzhen
        # 第十条 after it): the question is in its words, and its own passages answer it
        doc, passages = ranked[0]
        return passages_draft(kb, question, SearchResult(passages, "hybrid", result.signals))
    if len(theirs) == 1 and not addresses(seeds):
        doc, passages = theirs[0]
        return passages_draft(kb, question, SearchResult(passages, "hybrid", result.signals))
    return which_document_draft(kb, question, [lead] + [d for d, _ in theirs])


def which_document_draft(kb: Corpus, question: str, docs: list[str]) -> Draft:
    """The question back: one option per document, each a question that names it (so a pressed or
    typed option searches that document only: `Corpus.named_documents`)."""
    choices = [{"label": f"《{kb.titles[d]}》", "value": f"《{kb.titles[d]}》{question}"} for d in docs]
    body = Body(lead=NOTES["which_document"], statements=[], options=[c["label"] for c in choices])
    return Draft(body, "none", False, choices)


__all__ = ["ingested", "the_only_cover", "which_document_draft", "which_regulation"]
