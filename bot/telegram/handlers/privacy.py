"""/forget: a user's data removed after they confirm with a button; and the audit trail's
retention applied while the bot runs."""
from __future__ import annotations

import asyncio
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, ContextTypes

from bot.storage.privacy import forget_user
from bot.telegram import texts
from bot.telegram.render import esc
from bot.telegram.sending import conversation_key_of, services

log = logging.getLogger(__name__)

PURGE_EVERY_SECONDS = 3600.0      # retention is in days: once an hour is soon enough


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/forget: say what will be removed, and ask for a confirmation (a button only this user's
    press counts for)."""
    uid = update.effective_user.id
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("确认删除", callback_data=f"forget:yes:{uid}"),
                                      InlineKeyboardButton("取消", callback_data=f"forget:no:{uid}")]])
    await update.effective_message.reply_text(esc(texts.FORGET_ASK), reply_markup=keyboard)


async def on_forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The confirmation ("forget:yes|no:USER_ID"): only the user who asked can press it."""
    q = update.callback_query
    parts = (q.data or "").split(":") + ["", ""]
    choice, owner = parts[1], parts[2]
    if owner != str(q.from_user.id):
        await q.answer(texts.FORGET_NOT_YOURS)
        return
    await q.answer()
    if choice != "yes":
        await q.edit_message_text(esc(texts.FORGET_CANCELLED))
        return
    s = services(context)
    uid = q.from_user.id
    done = await asyncio.to_thread(forget_user, s.state.engine, s.user_hash(uid), uid)
    convs = s.assistant.conversations
    convs.forget_all(lambda key: key.endswith(f":{uid}"))          # this process's memory
    for chat in {q.message.chat.id if q.message else None, *done.pop("chats", [])} - {None}:
        convs.forget(conversation_key_of(chat, uid))                  # the database's, by chat
    log.info("forgot a user: %s", done)
    await q.edit_message_text(esc(texts.FORGET_DONE))


async def purge_loop(app: Application) -> None:
    """Blank the audit texts older than WENZE_AUDIT_RETENTION_DAYS, now and then every hour."""
    s = services_of(app)
    days = s.assistant.settings.audit_retention_days
    if days is None or s.assistant.audit is None:
        return
    while True:
        try:
            n = await asyncio.to_thread(s.assistant.audit.purge, days)
            if n:
                log.info("retention: blanked the texts of %d audit rows older than %d days", n, days)
        except Exception as err:        # a database that fails now may be back in an hour
            log.error("retention purge failed: %s", type(err).__name__)
        await asyncio.sleep(PURGE_EVERY_SECONDS)


def services_of(app: Application):
    return app.bot_data["services"]
