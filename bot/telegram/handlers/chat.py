"""Free-text questions, /new, a missing fact's option buttons and the feedback under answers."""
from __future__ import annotations

import re

from telegram import MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.telegram import texts
from bot.telegram.render import esc
from bot.telegram.sending import answer_and_send, ask_pipeline, conversation_key, force_reply, services


def _addressed(update: Update, bot_username: str, bot_id: int) -> str | None:
    """The question in a message meant for the bot, or None (group chatter)."""
    msg = update.effective_message
    text = msg.text or ""
    if update.effective_chat.type == ChatType.PRIVATE:
        return text
    mention = f"@{bot_username}".lower()
    mentioned = any(e.type == MessageEntity.MENTION and text[e.offset:e.offset + e.length].lower() == mention
                    for e in msg.entities or ())
    replied = msg.reply_to_message is not None and msg.reply_to_message.from_user is not None \
        and msg.reply_to_message.from_user.id == bot_id
    if not (mentioned or replied):
        return None
    return re.sub(re.escape(f"@{bot_username}"), "", text, flags=re.I).strip()


async def text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Free text: a reason for a 👎 when it replies to the bot's request for one, else a question."""
    s = services(context)
    msg = update.effective_message
    if msg.reply_to_message is not None and msg.reply_to_message.from_user is not None \
            and msg.reply_to_message.from_user.id == context.bot.id \
            and s.state.add_reason(update.effective_chat.id, msg.reply_to_message.message_id, msg.text or ""):
        await msg.reply_text(esc(texts.REASON_THANKS))
        return
    question = _addressed(update, context.bot.username, context.bot.id)
    if question is None:
        return
    await ask_pipeline(update, context, question)


async def new_conversation(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/new: forget this user's conversation in this chat."""
    services(context).assistant.conversations.forget(conversation_key(update))
    await update.effective_message.reply_text("已开始新对话。")


async def on_option(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A missing fact's option ("opt:VALUE"): answered as if the user had typed it."""
    q = update.callback_query
    await q.answer()
    await q.edit_message_reply_markup(None)
    await answer_and_send(update, context, (q.data or "").partition(":")[2])


async def on_feedback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """👍 / 👎 under an answer ("fb:ANSWER_ID:1|0"): stored; a 👎 asks for an optional reason."""
    q = update.callback_query
    s = services(context)
    answer_id, _, verdict = (q.data or "").partition(":")[2].partition(":")
    if not answer_id.isdigit() or verdict not in ("0", "1"):
        await q.answer()
        return
    fid = s.state.add_feedback(int(answer_id), s.user_hash(q.from_user.id), verdict == "1")
    await q.answer(texts.FEEDBACK_THANKS)
    if verdict == "0":
        chat_id = update.effective_chat.id
        prompt = await context.bot.send_message(chat_id, esc(texts.FEEDBACK_REASON), reply_markup=force_reply())
        s.state.set_prompt(fid, chat_id, prompt.message_id)
