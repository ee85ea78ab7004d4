"""Admins only: /reload (rules and sources re-read), /ingest (a regulation sent as a file) and
/stats (answer, feedback and drill counts)."""
from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

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


MAX_INGEST_FILE = 20 * 1024 * 1024     # the Bot API serves files up to 20 MB
REPLY_LIMIT = 3500                      # under Telegram's 4096 characters once escaped


async def ingest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ingest [title] as the caption of a .docx/.pdf/.html/.txt/.md file (or in reply to one): the
    file is read, parsed into articles and added to the index; the reply is its ingest report."""
    s = services(context)
    msg = update.effective_message
    if not s.is_admin(update.effective_user.id):
        await msg.reply_text(esc(texts.ADMIN_ONLY))
        return
    title = " ".join((msg.caption or msg.text or "").split()[1:]).strip() or None
    doc = msg.document or (msg.reply_to_message.document if msg.reply_to_message else None)
    if doc is None:
        await msg.reply_text(esc(texts.INGEST_USAGE))
        return
    if (doc.file_size or 0) > MAX_INGEST_FILE:
        await msg.reply_text("文件太大（最多 20 MB）。")
        return
    name = Path(doc.file_name or "文件").name
    data = await (await doc.get_file()).download_as_bytearray()
    with tempfile.TemporaryDirectory(prefix="wenze-ingest-") as folder:
        path = Path(folder) / name
        path.write_bytes(bytes(data))
        try:
            report = await asyncio.to_thread(s.assistant.ingest, [path], title=title)
        except WenzeError as err:
            await msg.reply_text(esc(f"没有导入：{err}"))
            return
    lines = [line for f in report.files for line in f.lines()]
    if report.wrote:
        lines.append(f"已写入索引：向量化 {report.embedded} 段，复用 {report.reused} 段。")
    elif not report.failed:
        lines.append("内容与索引中的一致，没有改动。")
    else:
        lines.append("索引没有改动。")
    text = "\n".join(lines)
    if len(text) > REPLY_LIMIT:              # a report of many gaps: the head and the verdict
        text = text[:REPLY_LIMIT - len(lines[-1]) - 3] + "…\n" + lines[-1]
    await msg.reply_text(esc(text))


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
