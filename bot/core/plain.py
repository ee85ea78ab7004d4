"""An answer as plain text: what the console prints, `wenze ask` returns (JSON "answer"), the
audit trail keeps and, for now, the checker reads.

    lead and statements, numbered options        根据……第十四条，……。
                                                 区委……应在24小时内召开现场会（第十四条）。
    依据：                                        依据：
    【n】label, then the quote as "> " lines      【1】《……》第十四条
                                                 > 第十四条 发生较大公共安全责任事故后，……
    相关原文： (the same)                          另见：《……》第十一条；……
    另见：labels

The checker takes "> " lines as verbatim quotes; nothing else reads this text back.
"""
from __future__ import annotations

from bot.core.answer import WORDS, Body, Statement, mark

QUOTE_PREFIX = "> "


def statement(body: Body, s: Statement) -> str:
    see = WORDS["see"].format(mark=mark(body.number(s.see))) if s.see is not None else ""
    return (WORDS["item"] if s.item else "") + s.text + see


def paragraphs(body: Body) -> list[str]:
    """The text before the quotes, one string per paragraph (paragraphs are set apart by a blank
    line): the title, then the lead with its statements and options, the model's prose, notes."""
    lines = ([body.lead] if body.lead else []) + [statement(body, s) for s in body.statements]
    if body.options:
        lines += [f"{i}. {label}" for i, label in enumerate(body.options, 1)] + [WORDS["reply_hint"]]
    out = [body.title, "\n".join(lines), body.prose, "\n".join(body.notes)]
    return [p for p in out if p]


def quote_lines(body: Body) -> list[str]:
    lines: list[str] = []
    for head, group in body.numbered():
        if head is not None:
            lines.append(head)
        for n, q in group:
            lines.append(mark(n) + q.heading)
            lines += [QUOTE_PREFIX + line for line in q.lines]
    if body.also:
        lines.append(body.also_line())
    return lines


def before_quotes(body: Body) -> str:
    return "\n\n".join(paragraphs(body))


def render(body: Body) -> str:
    text = before_quotes(body)
    block = "\n".join(quote_lines(body))
    return f"{text}\n\n{block}" if text and block else text or block
