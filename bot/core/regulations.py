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

from typing import TYPE_CHECKING, Callable

from knowledge.errors import KnowledgeError
from knowledge.retrieval import Corpus, Passage, SearchResult

from bot.core.answer import Body, Statement
from bot.core.drafting import Draft, passages_draft
from bot.core.texts import NOTES

if TYPE_CHECKING:
    from rules.schema import RuleBook

SEARCHED = 5         # passages of each ingested regulation weighed, as many as the first search's


def ingested(kb: Corpus, book: RuleBook) -> set[str]:
    """The regulations of the index other than the rule book's own documents and the national laws."""
    own = {book.regulation.document, book.complaint.document if book.complaint else None}
    return {c.meta["doc_id"] for c in kb.chunks if c.meta.get("doc_kind") == "regulation"} - own - kb.laws


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


__all__ = ["ingested", "which_document_draft", "which_regulation"]
