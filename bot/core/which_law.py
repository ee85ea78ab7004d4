"""An article number asked without naming a document ("第二十条是什么内容") that the ingested
regulations lack while national laws in the index have it: a question back, with the laws as
options, never one law's article answered as if it had been named, nor "知识库中没有这一条",
which is false as soon as one law has it.

Each option's value is a question naming the law and the article (公务员法第二十条): a pressed
option is answered as if typed, and that goes straight to the article (`Corpus._screen`). A value
must fit Telegram's callback data (64 bytes with the "opt:" prefix) and must name that law alone
to the index's name lookup; the shortest name that does is taken when the usual one does not fit.
"""
from __future__ import annotations

from knowledge.retrieval import Corpus, SearchResult
from rules.references import format_ref, int_cn
from rules.schema import RuleBook

from bot.core.answer import Body, Statement
from bot.core.drafting import Draft, decline_draft
from bot.core.texts import DECLINE, NOTES, decline_text

MAX_OPTIONS = 5
# Telegram's callback_data is at most 64 bytes; the front puts "opt:" before the value.
MAX_VALUE_BYTES = 64 - len("opt:".encode())


def option_value(kb: Corpus, doc_id: str, number: int) -> str | None:
    """The question an option asks for the law's article: its name without 中华人民共和国 first
    (公务员法第二十条), then shorter names, then the article in Arabic numerals; None when no
    form fits or names that law alone."""
    title = kb.titles[doc_id]
    names = list(dict.fromkeys([*kb.short_names.get(doc_id, ()), title]))
    forms = [f"{n}{format_ref(number)}" for n in names] + \
            [f"{n}第{number}条" for n in sorted(names, key=len)]
    return next((v for v in forms if len(v.encode()) <= MAX_VALUE_BYTES and kb.named_documents(v) == {doc_id}),
                None)


def which_law_draft(kb: Corpus, book: RuleBook, result: SearchResult) -> Draft:
    """The question back: the regulation's article count, how many laws have the article, and the
    first MAX_OPTIONS of them (in retrieval's order: the laws whose article matches the question's
    other words, then the default set's) as options."""
    number = result.signals["articles"][0]
    article = format_ref(number)
    laws = result.signals["laws"]
    choices = []
    for doc_id in laws:
        if (value := option_value(kb, doc_id, number)) is not None:
            choices.append({"label": value, "value": value})
        if len(choices) == MAX_OPTIONS:
            break
    said = [NOTES["article_elsewhere"].format(laws=len(laws), article=article)]
    said.append(NOTES["which_law"])
    body = Body(lead=decline_text("article_elsewhere", book, article=article),
                statements=[Statement(s) for s in said], options=[c["label"] for c in choices])
    return Draft(body, "none", False, choices)


def not_found_draft(kb: Corpus, book: RuleBook, result: SearchResult) -> Draft:
    """"No such article" that is true of every document searched: with national laws in the index,
    that none of them has it either; a named law that lacks it (公务员法第二百条), that law's count."""
    number = result.signals.get("articles", [0])[0]
    searched = result.signals.get("laws_searched", 0)
    named = [d for d in result.signals.get("documents", []) if d in kb.laws]
    if named and len(result.signals["documents"]) == 1:
        lead = DECLINE["article_not_found_in"].format(title=kb.titles[named[0]],
                                                       count=int_cn(max(kb.articles(named[0]), default=0)))
    elif searched:
        lead = decline_text("article_not_found_laws", book, laws=searched, article=format_ref(number))
    else:
        lead = decline_text("article_not_found", book)
    draft = decline_draft(kb, "article_not_found", book)
    draft.body.lead = lead
    return draft


def search_text(kb: Corpus | None, book: RuleBook, result: SearchResult) -> str:
    """What `wenze search` prints when it finds no passage: the decline the answer would give, and
    for an article only laws have, which laws have it (every one: a search lists, it does not ask)."""
    if kb is not None and result.reason == "article_elsewhere":
        number = result.signals["articles"][0]
        laws = result.signals["laws"]
        lines = [decline_text("article_elsewhere", book, article=format_ref(number)),
                 NOTES["article_elsewhere"].format(laws=len(laws), article=format_ref(number))]
        return "\n".join(lines + [f"《{kb.titles[d]}》{format_ref(number)}" for d in laws])
    if kb is not None and result.reason == "article_not_found":
        return not_found_draft(kb, book, result).body.lead
    return decline_text(result.reason, book)
