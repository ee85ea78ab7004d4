"""The Telegram bot: a python-telegram-bot v22 Application around the answer pipeline.

Every free-text question goes through the same Assistant.answer as the console; the guided flows
(/case, /complaint) and drills build on the Assistant's rule book. Updates are handled concurrently
and the answer runs in a worker thread, so one slow answer does not hold up other chats; outgoing
messages go through PTB's AIORateLimiter, which also retries on RetryAfter.

This module only builds and runs the Application: the handlers live in bot/telegram/handlers/
(one module per flow), what they share in bot/telegram/sending.py; neither imports this one.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (AIORateLimiter, Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler,
                          Defaults, MessageHandler, PollAnswerHandler, TypeHandler, filters)

from sqlalchemy.exc import SQLAlchemyError

from rules.errors import WenzeError

from bot.core.assistant import Assistant
from bot.settings import TelegramSettings
from bot.storage.state import BotState
from bot.telegram import texts
from bot.telegram.handlers import admin, article, basics, case, chat, complaint, drills, grading, privacy, report
from bot.telegram.liveness import keep_alive
from bot.telegram.sending import Services

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "poll_answer"]
WEBHOOK_PATH = "telegram"


# ---------------------------------------------------------------------------- building and running
def build_application(settings: TelegramSettings, assistant: Assistant, state: BotState) -> Application:
    """The Application with every handler; the token is checked here, before any request."""
    token = settings.checked_token()
    redact_in_logs(token)
    logging.getLogger("httpx").setLevel(logging.WARNING)      # its INFO lines carry the token in the URL
    app = (ApplicationBuilder().token(token).base_url(settings.api_url).base_file_url(settings.base_file_url())
           .rate_limiter(AIORateLimiter(max_retries=3)).concurrent_updates(True)
           .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
           .post_init(_post_init).post_stop(_post_stop).build())
    app.bot_data["services"] = Services(assistant, state, settings)

    # The inbox around every other handler: written down first (group -1), marked done last (group 1).
    app.add_handler(TypeHandler(Update, basics.inbox_in), group=-1)
    app.add_handler(TypeHandler(Update, basics.inbox_done), group=1)

    app.add_handler(CommandHandler("start", basics.start))
    app.add_handler(CommandHandler("help", basics.help_))
    app.add_handler(CommandHandler("article", article.article))
    app.add_handler(CommandHandler("sources", article.sources))
    app.add_handler(CommandHandler("case", case.case))
    app.add_handler(CommandHandler("complaint", complaint.complaint))
    app.add_handler(CommandHandler("matrix", case.matrix))
    app.add_handler(CommandHandler("drill", drills.drill))
    app.add_handler(CommandHandler("score", drills.score))
    app.add_handler(CommandHandler("leaderboard", drills.leaderboard))
    app.add_handler(CommandHandler("loadquiz", drills.loadquiz))
    app.add_handler(CommandHandler("report", report.report))
    app.add_handler(CommandHandler("grade", grading.grade))
    app.add_handler(CommandHandler("review", grading.review))
    app.add_handler(MessageHandler(filters.Document.ALL & filters.CaptionRegex(r"^/loadquiz"), drills.loadquiz))
    app.add_handler(CommandHandler("ingest", admin.ingest))
    app.add_handler(MessageHandler(filters.Document.ALL & filters.CaptionRegex(r"^/ingest"), admin.ingest))
    app.add_handler(CommandHandler("reload", admin.reload))
    app.add_handler(CommandHandler("stats", admin.stats))
    app.add_handler(CommandHandler("new", chat.new_conversation))
    app.add_handler(CommandHandler("forget", privacy.forget))
    app.add_handler(CallbackQueryHandler(privacy.on_forget, pattern=r"^forget:"))
    # One handler per button flow; the callback_data formats are those of messages already sent.
    app.add_handler(CallbackQueryHandler(basics.on_role, pattern=r"^role:"))
    app.add_handler(CallbackQueryHandler(case.on_case, pattern=r"^case:"))
    app.add_handler(CallbackQueryHandler(complaint.on_complaint, pattern=r"^cmp:"))
    app.add_handler(CallbackQueryHandler(chat.on_option, pattern=r"^opt:"))
    app.add_handler(CallbackQueryHandler(chat.on_feedback, pattern=r"^fb:"))
    app.add_handler(CallbackQueryHandler(drills.on_next, pattern=r"^drill:"))
    app.add_handler(CallbackQueryHandler(basics.expired_button))
    app.add_handler(PollAnswerHandler(drills.on_poll_answer))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, basics.edited))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, chat.text))
    app.add_handler(MessageHandler(filters.COMMAND, basics.unknown_command))
    app.add_handler(MessageHandler(filters.ALL & ~filters.TEXT & ~filters.StatusUpdate.ALL, basics.not_text))
    app.add_error_handler(basics.on_error)
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
    s.state.heartbeat(s.run_id)
    for payload in s.state.unfinished(s.run_id):
        # an update taken in before a crash; Telegram will not send it again
        log.warning("handling update %s left unfinished by an earlier run", payload.get("update_id"))
        await app.update_queue.put(Update.de_json(payload, app.bot))
    app.create_task(privacy.purge_loop(app))         # WENZE_AUDIT_RETENTION_DAYS, while the bot runs

    async def take_over(payload: dict) -> None:
        await app.update_queue.put(Update.de_json(payload, app.bot))

    app.bot_data["keep_alive"] = asyncio.get_running_loop().create_task(keep_alive(s.state, s.run_id, take_over))


async def _post_stop(app: Application) -> None:
    task = app.bot_data.pop("keep_alive", None)
    if task is not None:
        task.cancel()
    s: Services = app.bot_data["services"]
    try:
        s.state.stopped(s.run_id)
    except SQLAlchemyError:
        log.warning("could not mark this run stopped; the other replicas will notice in %ss",
                    s.state.STALE.total_seconds())


class AlreadyRunning(WenzeError):
    """Another bot holds the lock of the same data folder."""


def run(settings: TelegramSettings, assistant: Assistant, state: BotState, *, webhook: bool = False) -> None:
    """Serve until interrupted. Two bots polling with one token fight over updates (409 Conflict
    without end), so a second one on the same data folder refuses to start. Webhook mode may run
    as several replicas on one database: each answers whatever update it is posted."""
    from filelock import FileLock, Timeout

    if webhook:
        state.exclusive = False
        _serve(settings, assistant, state, webhook)
        return
    assistant.settings.data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(assistant.settings.data_dir / "telegram-bot.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise AlreadyRunning("另一个机器人实例正在运行（同一数据目录）；请先停止它。") from None
    try:
        _serve(settings, assistant, state, webhook)
    finally:
        lock.release()


def _webhook_secret(settings: TelegramSettings) -> str:
    """The default secret header value: derived from the token, so that every replica (each
    calling setWebhook at its start) expects the same one, and unknown to whoever lacks the token."""
    digest = hmac.new(settings.checked_token().encode(), b"wenze-webhook", hashlib.sha256).hexdigest()
    return digest[:64]


def _serve(settings: TelegramSettings, assistant: Assistant, state: BotState, webhook: bool) -> None:
    app = build_application(settings, assistant, state)
    if webhook:
        if not settings.webhook_url:
            raise ValueError("webhook 模式需要 WENZE_TELEGRAM_WEBHOOK_URL（Telegram 能访问到的 HTTPS 地址）。")
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else _webhook_secret(settings)
        app.run_webhook(listen=settings.webhook_listen, port=settings.webhook_port, url_path=WEBHOOK_PATH,
                        secret_token=secret, webhook_url=settings.webhook_url.rstrip("/") + "/" + WEBHOOK_PATH,
                        allowed_updates=ALLOWED_UPDATES, bootstrap_retries=3)
    else:
        # a Telegram outage at start is retried a few times (with backoff) before giving up
        app.run_polling(allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False, bootstrap_retries=3)
