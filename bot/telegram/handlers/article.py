"""/article (an article's text) and /sources (what the knowledge base holds and lacks)."""
from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from rules.references import format_ref, int_cn, lone_article

from bot.core.answer import Body, Quote
from bot.telegram import texts
from bot.telegram.render import esc
from bot.telegram.sending import send_answer, services

async def article(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/article N [doc]: the article quoted from the index; a number the document lacks gets "没有这一条"."""
    s = services(context)
    snap = s.assistant.snapshot           # the passages and the book of one snapshot
    kb = snap.kb
    args = context.args or []
    n = lone_article(args[0]) if args else None       # 0: the form of an article, a numeral unread
    if n is None:
        reg = snap.book.regulation
        await update.effective_message.reply_text(
            esc(texts.ARTICLE_USAGE.format(title=reg.title, count=int_cn(reg.article_count))))
        return
    doc = kb.document(snap.book.regulation.document)
    if len(args) > 1:
        wanted = " ".join(args[1:])
        doc = kb.document(wanted)
        if doc is None or not kb.articles(doc.id):
            name = f"《{doc.title}》" if doc else f"“{wanted}”"
            await update.effective_message.reply_text(
                esc(f"{name}不是知识库中分条的法规，没有条号。发送 /sources 查看知识库收录的文件。"))
            return
    p = kb.article(n, doc.id) if n > 0 else None
    if p is None:
        numbers = kb.articles(doc.id)         # inserted articles (第十四条之一) count, but do not end it
        await update.effective_message.reply_text(
            esc(f"没有这一条：《{doc.title}》共{int_cn(len(numbers))}条（第一条至{format_ref(max(numbers, default=0))}）。"))
        return
    await send_answer(update.effective_chat.id, context, Body(quotes=[Quote.of(p)], bare=True))


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/sources: each document with its date and passage count, and what its source lacks."""
    kb = services(context).assistant.snapshot.kb
    lines = [texts.DEGRADED, ""] if kb.degraded else []
    lines.append("知识库收录：")
    for d in kb.documents():
        lines.append(f"· 《{d.title}》（{d.date or '日期不详'}，{d.count} 段）")
        if d.lacks:
            lines.append(f"  缺失：{d.lacks}")
    await send_answer(update.effective_chat.id, context, "\n".join(lines))
