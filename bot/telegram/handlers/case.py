"""/case (severity → role → the decision with its articles) and /matrix (the same table as a picture)."""
from __future__ import annotations

import asyncio

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.telegram import texts
from bot.telegram.render import esc
from bot.telegram.sending import answer_and_send, send_answer, services
from bot.views.matrix import FontMissing, as_text, render_png
from bot.views.matrix import caption as matrix_caption


def _columns(book) -> list[tuple[str, str | None]]:
    cols: list[tuple[str, str | None]] = []
    for r in book.regulation.accident_decisions:
        if (r.severity, r.consequence) not in cols:
            cols.append((r.severity, r.consequence))
    return cols


def _column_label(col: tuple[str, str | None]) -> str:
    return f"{col[0]}事故" + ("（造成较大损失或不良影响）" if col[1] == "general_major" else "")


async def case(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/case: the first step, one button per column (severity) of the rule file's table."""
    book = services(context).assistant.snapshot.book
    buttons = [[InlineKeyboardButton(_column_label(c), callback_data=f"case:s:{i}")]
               for i, c in enumerate(_columns(book))]
    question = book.regulation.wording.ask_severity.format(event=book.regulation.wording.event)
    await update.effective_message.reply_text(esc(texts.CASE_SEVERITY.format(question=question)),
                                              reply_markup=InlineKeyboardMarkup(buttons))


async def on_case(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A /case button: "case:s:COL" asks for the role, "case:r:COL:ROW" answers for that cell."""
    q = update.callback_query
    book = services(context).assistant.snapshot.book
    cols = _columns(book)
    parts = (q.data or "").split(":")[1:]
    try:
        col = cols[int(parts[1])]
    except (IndexError, ValueError):
        await q.answer("这个按钮已失效，请重新发送 /case。")
        return
    roles = [r.role for r in book.regulation.accident_decisions if (r.severity, r.consequence) == col]
    if parts[0] == "s":
        await q.answer()
        buttons = [[InlineKeyboardButton(role, callback_data=f"case:r:{parts[1]}:{j}")] for j, role in enumerate(roles)]
        await q.edit_message_text(esc(texts.CASE_ROLE.format(severity=_column_label(col))),
                                  reply_markup=InlineKeyboardMarkup(buttons))
        return
    try:
        role = roles[int(parts[2])]
    except (IndexError, ValueError):
        await q.answer("这个按钮已失效，请重新发送 /case。")
        return
    await q.answer()
    await q.edit_message_text(esc(f"{_column_label(col)}，{role}："))
    words = book.regulation.wording
    consequence = f"，{words.consequences[col[1]].text}" if col[1] else ""
    await answer_and_send(update, context, f"发生{col[0]}{words.event}{consequence}，{role}会受什么处理？")


async def matrix(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/matrix: the severity × role table as a PNG, or as text when no CJK font is installed."""
    book = services(context).assistant.snapshot.book
    caption = matrix_caption(book)
    try:
        png = await asyncio.to_thread(render_png, book)
    except FontMissing as err:
        await send_answer(update.effective_chat.id, context, f"{err}\n以文字代替：\n{as_text(book)}")
        return
    await context.bot.send_photo(update.effective_chat.id, photo=png, caption=esc(caption))
