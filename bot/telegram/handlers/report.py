"""/report: the session report of the chat's latest drill (message, bar chart, CSV), for the
trainer who started it and for admins only."""
from __future__ import annotations

import asyncio

from telegram import InputFile, Update
from telegram.ext import ContextTypes

from bot.telegram import texts
from bot.telegram.render import esc
from bot.telegram.sending import send_answer, services
from bot.views import report as views
from bot.views.fonts import FontMissing


async def report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/report: the chat's latest drill as a message, a PNG chart and a CSV file."""
    s = services(context)
    chat, user, msg = update.effective_chat, update.effective_user, update.effective_message
    drill = s.state.latest_drill(chat.id)
    if drill is None:
        await msg.reply_text(esc(texts.REPORT_NONE))
        return
    starter = s.state.drill_starter(drill.id)
    if not (s.is_admin(user.id) or (s.is_trainer(user.id) and starter == s.user_hash(user.id))):
        await msg.reply_text(esc(texts.REPORT_ONLY))
        return
    snap = s.assistant.snapshot
    reg = snap.book.regulation

    def article_text(n: int) -> str | None:
        p = snap.kb.article(n, reg.document)
        return p.text if p else None

    r = views.build(drill.id, drill.chat_id, drill.topic, drill.questions, s.state.drill_poll_answers(drill.id),
                    reg.title, article_text)
    await send_answer(chat.id, context, views.as_text(r))
    try:
        png = await asyncio.to_thread(views.render_png, r)
        await context.bot.send_photo(chat.id, photo=png, caption=esc(views.caption(r)))
    except FontMissing as err:
        await send_answer(chat.id, context, f"{err}（图表从略）")
    data = views.to_csv(r).encode("utf-8-sig")        # the BOM lets spreadsheet programs read the Chinese
    await context.bot.send_document(chat.id, document=InputFile(data, filename=f"drill-{drill.id}-report.csv"),
                                    caption=esc(f"练习报告（第 {drill.id} 次练习）CSV"))
