"""Admins only: /reload (rules and sources re-read) and /stats (answer, feedback and drill counts)."""
from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import ContextTypes

from rules.errors import WenzeError

from bot.telegram import texts
from bot.telegram.render import esc
from bot.telegram.sending import services


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/reload: re-read the rule files and re-ingest the sources; a malformed file keeps the running ones."""
    s = services(context)
    if not s.is_admin(update.effective_user.id):
        await update.effective_message.reply_text(esc(texts.ADMIN_ONLY))
        return
    try:
        report = await asyncio.to_thread(s.assistant.reload)
    except WenzeError as err:    # malformed rules or sources: the running ones stay
        await update.effective_message.reply_text(esc(f"重新载入失败，继续使用原来的规则和索引：{err}"))
        return
    await update.effective_message.reply_text(esc(report))


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats: answers by source, failed checks, feedback and drills."""
    s = services(context)
    if not s.is_admin(update.effective_user.id):
        await update.effective_message.reply_text(esc(texts.ADMIN_ONLY))
        return
    st = s.state.stats()
    by = "，".join(f"{k} {v}" for k, v in sorted(st["answers"].items())) or "无"
    audit = s.assistant.audit
    fell = audit.fallbacks() if audit is not None else 0
    text = (f"回答：{sum(st['answers'].values())}（{by}）；核对未通过：{st['check_failed']}；"
            f"近 7 天未通过核对而改用原文或拒答：{fell}\n"
            f"反馈：有用 {st['helpful']}，有误 {st['wrong']}\n练习：{st['drills']} 次，作答 {st['drill_answers']} 次")
    await update.effective_message.reply_text(esc(text))
