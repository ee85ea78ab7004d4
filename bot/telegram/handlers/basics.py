"""The update inbox, /start and its role buttons, /help, and what the bot says to anything else."""
from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import Forbidden
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.storage.state import ROLES
from bot.telegram import texts
from bot.telegram.render import esc
from bot.telegram.sending import role_keyboard, services

log = logging.getLogger(__name__)


async def inbox_in(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Write the update down before anything else; stop here if it is a second delivery."""
    s = services(context)
    if not s.state.receive(update.update_id, update.to_dict(), s.run_id):
        log.info("update %s already handled or being handled: skipped", update.update_id)
        raise ApplicationHandlerStop


async def inbox_done(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Mark the update handled, so that a restart does not handle it again."""
    services(context).state.handled(update.update_id)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: the welcome (with a warning when the index is unavailable) and the role buttons."""
    notice = f"\n\n{texts.DEGRADED}" if services(context).assistant.snapshot.kb.degraded else ""
    await update.effective_message.reply_text(esc(texts.WELCOME + notice), reply_markup=role_keyboard())


async def on_role(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A role button of /start ("role:official"): remember it and show that role's examples."""
    q = update.callback_query
    s = services(context)
    role = (q.data or "").partition(":")[2]
    if role not in ROLES:
        await q.answer("这个按钮已失效。")
        return
    s.state.set_role(s.user_hash(q.from_user.id), role)
    await q.answer(f"已记住：{ROLES[role]}")
    await q.edit_message_text(esc(f"好的，你是{ROLES[role]}。{texts.EXAMPLES[role]}"))


async def help_(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The help text, with the examples for the role the user chose in /start."""
    s = services(context)
    role = s.state.role(s.user_hash(update.effective_user.id))
    extra = f"\n\n{texts.EXAMPLES[role]}" if role in texts.EXAMPLES else "\n\n发送 /start 选择身份，可以看到适合你的示例。"
    await update.effective_message.reply_text(esc(texts.HELP + extra))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot does not have: said so in private chats, ignored in groups."""
    if update.effective_chat.type == ChatType.PRIVATE:
        await update.effective_message.reply_text(esc(texts.UNKNOWN_COMMAND))


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice: the bot reads text only (said in private chats)."""
    if update.effective_chat and update.effective_chat.type == ChatType.PRIVATE and update.effective_message:
        await update.effective_message.reply_text(esc(texts.NOT_TEXT))


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited message is not answered again; the user is asked to resend it."""
    if update.effective_chat.type == ChatType.PRIVATE:
        await update.edited_message.reply_text(esc(texts.EDITED))


async def expired_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button no flow knows (from an old version of the bot)."""
    await update.callback_query.answer("这个按钮已失效。")


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any failure: logged, and the user gets an apology (unless they blocked the bot)."""
    if isinstance(context.error, Forbidden):
        # blocked by the user or removed from the group: nothing to retry, nobody to tell
        log.info("not allowed to write to this chat any more: %s", context.error)
        return
    log.error("update failed: %s", type(context.error).__name__, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat:
        try:
            await context.bot.send_message(update.effective_chat.id, esc(texts.ERROR))
        except Exception:   # the outage that caused the error may stop this too
            log.warning("could not tell the user about the error")
