"""What the handlers share: the bot's services, the conversation key, and sending answers (split,
HTML with a plain-text fallback, buttons under the last part), drill questions and keyboards.

Handlers import this module, never bot/telegram/app.py, which only builds and runs the
Application around them.
"""
from __future__ import annotations

import asyncio
import html
import logging
import re
import secrets
from dataclasses import dataclass, field

from telegram import ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Message, Poll, ReplyParameters, Update
from telegram.constants import ChatAction, ChatType
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import ContextTypes

from bot.core.answer import Body
from bot.core.assistant import Assistant
from bot.core.pipeline import Answer
from bot.settings import TelegramSettings
from bot.storage.state import ROLES, BotState
from bot.telegram import texts
from bot.telegram.render import esc, split_messages

log = logging.getLogger(__name__)

_TAGS = re.compile(r"</?[a-z-]+[^>]*>")


@dataclass
class Services:
    assistant: Assistant
    state: BotState
    settings: TelegramSettings
    run_id: str = field(default_factory=lambda: secrets.token_hex(8))

    def take_question(self, user_id: int) -> bool:
        """Spend one of the user's questions of this minute. The budget is in the database, shared
        by every replica; a database that fails does not cost the user the answer."""
        from sqlalchemy.exc import SQLAlchemyError

        try:
            return self.state.take_question(self.user_hash(user_id), self.settings.questions_per_minute)
        except SQLAlchemyError as err:
            log.error("question budget not read: %s", err.__class__.__name__)
            return True

    def user_hash(self, user_id: int) -> str:
        return self.assistant.audit.hash_id("telegram", user_id) if self.assistant.audit else str(user_id)

    def is_admin(self, user_id: int) -> bool:
        return user_id in self.settings.admins

    def is_trainer(self, user_id: int) -> bool:
        return user_id in self.settings.trainers or self.is_admin(user_id)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


def conversation_key(update: Update) -> str:
    """One conversation per user per chat: a group's members each keep their own follow-ups."""
    return conversation_key_of(update.effective_chat.id, update.effective_user.id)


def conversation_key_of(chat_id: int, user_id: int) -> str:
    return f"{chat_id}:{user_id}"


# ---------------------------------------------------------------------------- sending answers
# Telegram's callback_data is at most 64 bytes, "opt:" included
CALLBACK_BYTES = 64 - len("opt:".encode())


def option_data(number: int, value: str) -> str:
    """An option's callback: its value, or its number when the value is too long for Telegram (a
    question naming a document: the conversation maps the number back to it, as when typed)."""
    return f"opt:{value}" if len(value.encode()) <= CALLBACK_BYTES else f"opt:{number}"


def answer_markup(answer: Answer) -> InlineKeyboardMarkup | None:
    rows = []
    if answer.options:
        rows += [[InlineKeyboardButton(o["label"], callback_data=option_data(i, o["value"]))]
                 for i, o in enumerate(answer.options, 1)]
    if answer.audit_id and answer.grounded:
        rows.append([InlineKeyboardButton("👍 有用", callback_data=f"fb:{answer.audit_id}:1"),
                     InlineKeyboardButton("👎 有误", callback_data=f"fb:{answer.audit_id}:0")])
    return InlineKeyboardMarkup(rows) if rows else None


async def send_answer(chat_id: int, context: ContextTypes.DEFAULT_TYPE, answer: Body | str | list[str],
                      markup: InlineKeyboardMarkup | None = None, reply_to: Message | None = None) -> Message | None:
    """A structured answer (or the bot's own plain text, or HTML parts rendered already) as HTML
    messages; the buttons go under the last one.

    Should Telegram refuse a part's HTML, that part is sent once more as plain text. Should a part
    fail otherwise (a timeout: it may have arrived), nothing is resent and the user is told the
    answer is incomplete."""
    parts = answer if isinstance(answer, list) else split_messages(answer)
    sent = None
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        kwargs = {"reply_markup": markup if last else None}
        if reply_to is not None and i == 0:
            kwargs["reply_parameters"] = ReplyParameters(reply_to.message_id, allow_sending_without_reply=True)
        try:
            try:
                sent = await context.bot.send_message(chat_id, part, **kwargs)
            except BadRequest as err:
                if "parse entities" not in str(err).lower():
                    raise
                log.warning("Telegram refused the HTML of a reply; sent as plain text")
                sent = await context.bot.send_message(chat_id, html.unescape(_TAGS.sub("", part)), parse_mode=None,
                                                      **kwargs)
        except (TimedOut, NetworkError) as err:
            if i == 0:
                raise                       # nothing arrived: the error handler apologises
            log.warning("part %d of %d of a reply not delivered (%s)", i + 1, len(parts), type(err).__name__)
            await context.bot.send_message(chat_id, esc(texts.INCOMPLETE))
            return sent
    return sent


async def ask_pipeline(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """A typed question: the per-user limit, then the answer (threaded under it in groups)."""
    s = services(context)
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if not await asyncio.to_thread(s.take_question, user.id):
        await message.reply_text(esc(texts.TOO_FAST.format(n=s.settings.questions_per_minute)))
        return
    await context.bot.send_chat_action(chat.id, ChatAction.TYPING)
    await answer_and_send(update, context, question, reply_to=message if chat.type != ChatType.PRIVATE else None)


async def answer_and_send(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str,
                          reply_to: Message | None = None) -> None:
    """The Assistant's answer in this user's conversation, with its buttons. Button presses (/case,
    a missing fact's options) come here too, as if the user had typed the question."""
    s = services(context)
    answer = await asyncio.to_thread(s.assistant.answer, question, conversation=conversation_key(update),
                                     channel="telegram", user=update.effective_user.id)
    await send_answer(update.effective_chat.id, context, answer.body, answer_markup(answer), reply_to)


VOTES_WAIT = 8.0      # seconds the results wait for votes this process is still recording


def vote_started(context: ContextTypes.DEFAULT_TYPE) -> None:
    context.application.bot_data["votes_in_flight"] = context.application.bot_data.get("votes_in_flight", 0) + 1


def vote_ended(context: ContextTypes.DEFAULT_TYPE) -> None:
    context.application.bot_data["votes_in_flight"] -= 1


async def votes_settled(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Wait (a little) for the votes this process is still recording. Updates are handled
    concurrently, and a vote may wait for its poll to be stored (on_poll_answer): a results button
    pressed right after the last votes must not count without them."""
    deadline = asyncio.get_running_loop().time() + VOTES_WAIT
    while context.application.bot_data.get("votes_in_flight", 0) > 0 \
            and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.05)


async def send_poll_question(context: ContextTypes.DEFAULT_TYPE, drill_id: int, position: int = 0) -> None:
    """Send question `position` of a drill, or its results after the last one. Only the first of
    several presses of the same button gets through: the database claims the position."""
    s = services(context)
    drill = s.state.drill(drill_id)
    if drill is None or drill.finished or drill.position != position:
        return
    n = len(drill.questions)
    if position >= n:
        s.state.finish(drill.id)
        await votes_settled(context)
        board = s.state.leaderboard(drill.chat_id)
        await context.bot.send_message(drill.chat_id, esc(texts.drill_done(n, board)))
        return
    if not s.state.advance(drill.id, position):
        return
    q = drill.questions[position]
    last = position + 1 == n
    button = InlineKeyboardButton("看成绩 🏁" if last else "下一题 ▶", callback_data=f"drill:{drill.id}:{position + 1}")
    # the Defaults' HTML parse mode applies to poll questions and options too: escape them
    msg = await context.bot.send_poll(
        drill.chat_id, question=esc(f"（{position + 1}/{n}）{q.question}"[:300]), options=[esc(o) for o in q.options],
        type=Poll.QUIZ, is_anonymous=False, correct_option_ids=[q.correct], explanation=q.explanation,
        explanation_parse_mode=None, open_period=q.seconds, reply_markup=InlineKeyboardMarkup([[button]]))
    s.state.add_poll(msg.poll.id, drill.id, position, drill.chat_id, msg.message_id)


def role_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=f"role:{key}")
                                  for key, label in ROLES.items()]])


def force_reply() -> ForceReply:
    return ForceReply(selective=True, input_field_placeholder="哪里有误？")
