"""The Telegram bot: a python-telegram-bot v22 Application around the answer pipeline.

Every free-text question goes through the same Pipeline.answer as the console; the guided flows
(/case, /complaint) and drills build on the rule files. Updates are handled concurrently and the
pipeline runs in a worker thread, so one slow answer does not hold up other chats; outgoing
messages go through PTB's AIORateLimiter, which also retries on RetryAfter.
"""
from __future__ import annotations

import asyncio
import html
import logging
import re
import secrets
from dataclasses import dataclass, field

from aiolimiter import AsyncLimiter
from telegram import (BotCommand, ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message,
                      Poll, ReplyParameters, Update)
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.ext import (AIORateLimiter, Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler,
                          ContextTypes, Defaults, MessageHandler, PollAnswerHandler, TypeHandler, filters)

from rules.errors import WenzeError

from bot.config import TelegramSettings
from bot.core.pipeline import Answer, Pipeline
from bot.telegram import texts
from bot.telegram.render import esc, split_messages
from bot.storage.state import ROLES, BotState

log = logging.getLogger(__name__)

_TAGS = re.compile(r"</?[a-z-]+[^>]*>")
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "poll_answer"]
WEBHOOK_PATH = "telegram"


@dataclass
class Services:
    pipeline: Pipeline
    state: BotState
    settings: TelegramSettings
    limiters: dict[int, AsyncLimiter] = field(default_factory=dict)
    run_id: str = field(default_factory=lambda: secrets.token_hex(8))

    MAX_LIMITERS = 10_000

    def limiter(self, user_id: int) -> AsyncLimiter:
        """The user's question budget. Idle budgets (full again) are forgotten once there are many,
        so that a bot with many users does not grow without end."""
        if user_id not in self.limiters:
            if len(self.limiters) >= self.MAX_LIMITERS:
                full = self.settings.questions_per_minute
                self.limiters = {u: lim for u, lim in self.limiters.items() if not lim.has_capacity(full)}
            self.limiters[user_id] = AsyncLimiter(self.settings.questions_per_minute, 60)
        return self.limiters[user_id]

    def user_hash(self, user_id: int) -> str:
        return self.pipeline.audit.hash_id("telegram", user_id) if self.pipeline.audit else str(user_id)

    def is_admin(self, user_id: int) -> bool:
        return user_id in self.settings.admins

    def is_trainer(self, user_id: int) -> bool:
        return user_id in self.settings.trainers or self.is_admin(user_id)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


# ---------------------------------------------------------------------------- building and running
def build_application(settings: TelegramSettings, pipeline: Pipeline, state: BotState) -> Application:
    """The Application with every handler; the token is checked here, before any request."""
    token = settings.checked_token()
    redact_in_logs(token)
    logging.getLogger("httpx").setLevel(logging.WARNING)      # its INFO lines carry the token in the URL
    app = (ApplicationBuilder().token(token).base_url(settings.api_url).base_file_url(settings.base_file_url())
           .rate_limiter(AIORateLimiter(max_retries=3)).concurrent_updates(True)
           .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
           .post_init(_post_init).build())
    app.bot_data["services"] = Services(pipeline, state, settings)
    from bot.telegram import handlers as h

    # The inbox around every other handler: written down first (group -1), marked done last (group 1).
    app.add_handler(TypeHandler(Update, h.inbox_in), group=-1)
    app.add_handler(TypeHandler(Update, h.inbox_done), group=1)

    app.add_handler(CommandHandler("start", h.start))
    app.add_handler(CommandHandler("help", h.help_))
    app.add_handler(CommandHandler("article", h.article))
    app.add_handler(CommandHandler("sources", h.sources))
    app.add_handler(CommandHandler("case", h.case))
    app.add_handler(CommandHandler("complaint", h.complaint))
    app.add_handler(CommandHandler("matrix", h.matrix))
    app.add_handler(CommandHandler("drill", h.drill))
    app.add_handler(CommandHandler("score", h.score))
    app.add_handler(CommandHandler("leaderboard", h.leaderboard))
    app.add_handler(CommandHandler("loadquiz", h.loadquiz))
    app.add_handler(MessageHandler(filters.Document.ALL & filters.CaptionRegex(r"^/loadquiz"), h.loadquiz))
    app.add_handler(CommandHandler("reload", h.reload))
    app.add_handler(CommandHandler("stats", h.stats))
    app.add_handler(CommandHandler("new", h.new_conversation))
    app.add_handler(CallbackQueryHandler(h.on_button))
    app.add_handler(PollAnswerHandler(h.on_poll_answer))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, h.edited))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, h.text))
    app.add_handler(MessageHandler(filters.COMMAND, h.unknown_command))
    app.add_handler(MessageHandler(filters.ALL & ~filters.TEXT & ~filters.StatusUpdate.ALL, h.not_text))
    app.add_error_handler(h.on_error)
    return app


_REDACTED: set[str] = set()


def redact_in_logs(secret: str) -> None:
    """Every log record, whoever writes it (PTB logs its API URL at DEBUG), with the secret masked."""
    if secret in _REDACTED:
        return
    _REDACTED.add(secret)
    make = logging.getLogRecordFactory()

    def factory(*args, **kwargs) -> logging.LogRecord:
        record = make(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:
            return record
        if secret in message:
            record.msg, record.args = message.replace(secret, "<TELEGRAM_BOT_TOKEN>"), ()
        return record

    logging.setLogRecordFactory(factory)


async def _post_init(app: Application) -> None:
    await app.bot.set_my_commands([BotCommand(c, d) for c, d in texts.COMMANDS])
    s: Services = app.bot_data["services"]
    for payload in s.state.unfinished(s.run_id):
        # an update taken in before a crash; Telegram will not send it again
        log.warning("handling update %s left unfinished by an earlier run", payload.get("update_id"))
        await app.update_queue.put(Update.de_json(payload, app.bot))


class AlreadyRunning(WenzeError):
    """Another bot holds the lock of the same data folder."""


def run(settings: TelegramSettings, pipeline: Pipeline, state: BotState, *, webhook: bool = False) -> None:
    """Serve until interrupted. Two bots polling with one token fight over updates (409 Conflict
    without end), so a second one on the same data folder refuses to start."""
    from filelock import FileLock, Timeout

    pipeline.settings.data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(pipeline.settings.data_dir / "telegram-bot.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise AlreadyRunning("另一个机器人实例正在运行（同一数据目录）；请先停止它。") from None
    try:
        _serve(settings, pipeline, state, webhook)
    finally:
        lock.release()


def _serve(settings: TelegramSettings, pipeline: Pipeline, state: BotState, webhook: bool) -> None:
    app = build_application(settings, pipeline, state)
    if webhook:
        if not settings.webhook_url:
            raise ValueError("webhook 模式需要 WENZE_TELEGRAM_WEBHOOK_URL（Telegram 能访问到的 HTTPS 地址）。")
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else secrets.token_urlsafe(32)
        app.run_webhook(listen=settings.webhook_listen, port=settings.webhook_port, url_path=WEBHOOK_PATH,
                        secret_token=secret, webhook_url=settings.webhook_url.rstrip("/") + "/" + WEBHOOK_PATH,
                        allowed_updates=ALLOWED_UPDATES, bootstrap_retries=3)
    else:
        # a Telegram outage at start is retried a few times (with backoff) before giving up
        app.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False, bootstrap_retries=3)


# ---------------------------------------------------------------------------- sending answers
def answer_markup(answer: Answer) -> InlineKeyboardMarkup | None:
    rows = []
    if answer.options:
        rows += [[InlineKeyboardButton(o["label"], callback_data=f"opt:{o['value']}")] for o in answer.options]
    if answer.audit_id and answer.grounded:
        rows.append([InlineKeyboardButton("👍 有用", callback_data=f"fb:{answer.audit_id}:1"),
                     InlineKeyboardButton("👎 有误", callback_data=f"fb:{answer.audit_id}:0")])
    return InlineKeyboardMarkup(rows) if rows else None


async def send_text(chat_id: int, context: ContextTypes.DEFAULT_TYPE, text: str,
                    markup: InlineKeyboardMarkup | None = None, reply_to: Message | None = None) -> Message | None:
    """Plain pipeline-format text as HTML messages; the buttons go under the last one.

    Should Telegram refuse a part's HTML, that part is sent once more as plain text. Should a part
    fail otherwise (a timeout: it may have arrived), nothing is resent and the user is told the
    answer is incomplete."""
    parts = split_messages(text)
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
    limiter = s.limiter(user.id)
    if not limiter.has_capacity():
        await message.reply_text(esc(texts.TOO_FAST.format(n=s.settings.questions_per_minute)))
        return
    await limiter.acquire()
    await context.bot.send_chat_action(chat.id, ChatAction.TYPING)
    await answer_and_send(update, context, question, reply_to=message if chat.type != ChatType.PRIVATE else None)


async def answer_and_send(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str,
                          reply_to: Message | None = None) -> None:
    """The pipeline's answer in this user's conversation, with its buttons. Button presses (/case,
    a missing fact's options) come here too, as if the user had typed the question."""
    s = services(context)
    chat, user = update.effective_chat, update.effective_user
    answer = await asyncio.to_thread(s.pipeline.answer, question, conversation=f"{chat.id}:{user.id}",
                                     channel="telegram", user=user.id)
    await send_text(chat.id, context, answer.text, answer_markup(answer), reply_to)


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
        explanation_parse_mode=None, reply_markup=InlineKeyboardMarkup([[button]]))
    s.state.add_poll(msg.poll.id, drill.id, position, drill.chat_id, msg.message_id)


def role_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=f"role:{key}")
                                  for key, label in ROLES.items()]])


def force_reply() -> ForceReply:
    return ForceReply(selective=True, input_field_placeholder="哪里有误？")
