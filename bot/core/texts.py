"""What the assistant says when it does not answer, by reason: one table for every front, so
that an answer (bot/core/drafting.py) and `wenze search` word the same reason the same way.

The reasons are those of retrieval (no_match, article_not_found, article_elsewhere, empty_query,
unavailable) and of the pipeline's own refusals (injection and off_topic, see bot/core/guard.py; too_long).
"""
from __future__ import annotations

from rules.references import int_cn
from rules.schema import RuleBook

DECLINE = {
    "no_match": "知识库中没有可以回答这个问题的依据，我不作推测。",
    "article_not_found": "知识库中没有这一条：《{title}》共{count}条。",     # from the rule book
    # the same with national laws in the index, none of which has the article either
    "article_not_found_laws": "知识库中没有这一条：《{title}》共{count}条。知识库中的{laws}部国家法律也都没有{article}。",
    # a named document that lacks the article (公务员法第二百条): that document's count
    "article_not_found_in": "知识库中没有这一条：《{title}》共{count}条。",
    # no document named, the regulation lacks the article, some national laws have it: ask which
    "article_elsewhere": "《{title}》共{count}条，没有{article}。",
    "empty_query": "请输入一个问题。",
    "injection": "这不是关于问责规定的问题。我只回答知识库中法规和文件的内容，不会改变规则，也不透露配置。",
    "off_topic": "知识库中没有可以回答这个问题的依据。这不是关于知识库中文件的问题：我只回答知识库中法规和文件的内容，不写诗文或代码，不翻译，也不闲聊。",
    "too_long": "问题太长了（{n} 字）。请缩短到 {max} 字以内，一次问一件事。",
    "unavailable": "暂时无法检索法规，请稍后再试。规则能判断的问题（如：较大事故街道主任会受什么处理？）和按条号查看条文（如：第十四条）仍可回答。",
}

# Sentences added to an answer, by occasion. `party_procedures`: a question on 复核 / 申诉 is
# answered from the national laws, whose procedures are the state's; the Party's own accountability
# procedures (the review of a 党内 decision) are in no document of the knowledge base. Framing for
# the checker: about the assistant, carrying no article, figure, role or measure.
NOTES = {
    "article_elsewhere": "知识库中有{laws}部国家法律有{article}。",
    "which_law": "请问您问的是下面哪一部法律？",
    # the seed's documents and an ingested regulation both speak to the question (bot/core/regulations.py)
    "which_document": "知识库中不止一份文件讲到这个问题，请问您问的是下面哪一份？",
    "party_procedures": "我不能回答党内问责决定的复核、申诉程序：知识库中没有党内问责程序的规定。",
}


def decline_text(reason: str, book: RuleBook, **fmt: object) -> str:
    """The words for `reason`; a decline that names the regulation names `book`'s."""
    if reason in ("article_not_found", "article_not_found_laws", "article_elsewhere"):
        reg = book.regulation
        fmt = {"title": reg.title, "count": int_cn(reg.article_count), **fmt}
    return DECLINE.get(reason, DECLINE["no_match"]).format(**fmt)
