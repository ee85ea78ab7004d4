"""Handlers of the Telegram bot. Each turns an update into a call on the pipeline, the rule
files or the bot's state, and answers in Chinese; none lets an exception reach the user."""
from __future__ import annotations

import asyncio
import logging
import random
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import Forbidden
from telegram.ext import ApplicationHandlerStop, ContextTypes

from rules.errors import WenzeError
from rules.references import format_ref, int_cn, lone_article

from bot.views.drills import TOPICS, QuestionSetError, generate, load_yaml
from bot.views.matrix import FontMissing, as_text, render_png
from bot.telegram import texts
from bot.telegram.app import answer_and_send, ask_pipeline, force_reply, role_keyboard, send_poll_question, send_text, services
from bot.telegram.render import esc
from bot.storage.state import ROLES

log = logging.getLogger(__name__)
MAX_DRILL = 20
MAX_QUIZ_FILE = 256 * 1024


# ---------------------------------------------------------------------------- the inbox
async def inbox_in(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Write the update down before anything else; stop here if it is a second delivery."""
    s = services(context)
    if not s.state.receive(update.update_id, update.to_dict(), s.run_id):
        log.info("update %s already handled or being handled: skipped", update.update_id)
        raise ApplicationHandlerStop


async def inbox_done(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    services(context).state.handled(update.update_id)


# ---------------------------------------------------------------------------- basics
async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    notice = f"\n\n{texts.DEGRADED}" if services(context).pipeline.kb.degraded else ""
    await update.effective_message.reply_text(esc(texts.WELCOME + notice), reply_markup=role_keyboard())


async def help_(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The help text, with the examples for the role the user chose in /start."""
    s = services(context)
    role = s.state.role(s.user_hash(update.effective_user.id))
    extra = f"\n\n{texts.EXAMPLES[role]}" if role in texts.EXAMPLES else "\n\n发送 /start 选择身份，可以看到适合你的示例。"
    await update.effective_message.reply_text(esc(texts.HELP + extra))


async def new_conversation(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    s = services(context)
    s.pipeline.conversations.forget(f"{update.effective_chat.id}:{update.effective_user.id}")
    await update.effective_message.reply_text("已开始新对话。")


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat.type == ChatType.PRIVATE:
        await update.effective_message.reply_text(esc(texts.UNKNOWN_COMMAND))


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat and update.effective_chat.type == ChatType.PRIVATE and update.effective_message:
        await update.effective_message.reply_text(esc(texts.NOT_TEXT))


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat.type == ChatType.PRIVATE:
        await update.edited_message.reply_text(esc(texts.EDITED))


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
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


# ---------------------------------------------------------------------------- questions
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


# ---------------------------------------------------------------------------- articles and sources
async def article(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    s = services(context)
    kb = s.pipeline.kb
    args = context.args or []
    n = lone_article(args[0]) if args else None
    if n is None:
        await update.effective_message.reply_text(esc(texts.ARTICLE_USAGE))
        return
    doc = s.pipeline.book.regulation.document
    if len(args) > 1:
        wanted = " ".join(args[1:])
        doc = next((d for d, t in kb.titles.items() if wanted in (d, t) or wanted in t), None)
        if doc is None or not kb.articles(doc):
            name = f"《{kb.titles[doc]}》" if doc else f"“{wanted}”"
            await update.effective_message.reply_text(
                esc(f"{name}不是知识库中分条的法规，没有条号。发送 /sources 查看知识库收录的文件。"))
            return
    p = kb.article(n, doc) if n > 0 else None
    if p is None:
        count = len(kb.articles(doc))
        await update.effective_message.reply_text(
            esc(f"没有这一条：《{kb.titles[doc]}》共{int_cn(count)}条（第一条至{format_ref(count)}）。"))
        return
    note = "（该条在来源中不完整，所列情形缺失）" if p.meta.get("truncated") else ""
    body = "\n".join(f"> {line}" for line in p.text.splitlines() if line.strip())
    await send_text(update.effective_chat.id, context, f"【1】{p.label}{note}\n{body}")


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    kb = services(context).pipeline.kb
    lines = [texts.DEGRADED, ""] if kb.degraded else []
    lines.append("知识库收录：")
    for doc_id, title in kb.titles.items():
        chunks = [c for c in kb.chunks if c.meta["doc_id"] == doc_id]
        meta = chunks[0].meta
        lines.append(f"· 《{title}》（{meta.get('doc_date') or '日期不详'}，{len(chunks)} 段）")
        if meta.get("doc_lacks"):
            lines.append(f"  缺失：{meta['doc_lacks']}")
    await send_text(update.effective_chat.id, context, "\n".join(lines))


# ---------------------------------------------------------------------------- guided flows
def _columns(book) -> list[tuple[str, str | None]]:
    cols: list[tuple[str, str | None]] = []
    for r in book.regulation.accident_decisions:
        if (r.severity, r.consequence) not in cols:
            cols.append((r.severity, r.consequence))
    return cols


def _column_label(col: tuple[str, str | None]) -> str:
    return f"{col[0]}事故" + ("（造成较大损失或不良影响）" if col[1] == "general_major" else "")


async def case(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    book = services(context).pipeline.book
    buttons = [[InlineKeyboardButton(_column_label(c), callback_data=f"case:s:{i}")]
               for i, c in enumerate(_columns(book))]
    await update.effective_message.reply_text(esc(texts.CASE_SEVERITY), reply_markup=InlineKeyboardMarkup(buttons))


async def complaint(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    path = services(context).pipeline.book.complaint
    buttons = [[InlineKeyboardButton(sit.label, callback_data=f"cmp:{i}")] for i, sit in enumerate(path.situations)]
    await update.effective_message.reply_text(esc(texts.COMPLAINT_START), reply_markup=InlineKeyboardMarkup(buttons))


def complaint_text(path, index: int) -> str:
    sit, steps = path.situation(path.situations[index].id)
    lines = [f"{sit.label}：", ""]
    stages: dict[str, list] = {}
    for st in steps:
        stages.setdefault(st.stage, []).append(st)
    cited: list = []
    for stage, group in stages.items():
        lines.append(f"{stage}：")
        for st in group:
            if st.source.section not in cited:
                cited.append(st.source.section)
            lines.append(f"· {st.text}（见【{cited.index(st.source.section) + 1}】）")
    lines += ["", "以上是论文对深圳实践（约 2008 年以前）的描述，不是现行法规条文。", "", "依据："]
    spans: dict[str, list[str]] = {}
    for st in steps:
        spans.setdefault(st.source.section, [])
        if st.source.span not in spans[st.source.section]:
            spans[st.source.section].append(st.source.span)
    for i, section in enumerate(cited, 1):
        lines.append(f"【{i}】《{path.title}》{section}")
        lines += [f"> {span}" for span in spans[section]]
    return "\n".join(lines)


async def matrix(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    book = services(context).pipeline.book
    caption = "第十三、十四、十六条：公共安全责任事故的初步问责决定（“—”表示该条未作规定）。"
    try:
        png = await asyncio.to_thread(render_png, book)
    except FontMissing as err:
        await send_text(update.effective_chat.id, context, f"{err}\n以文字代替：\n{as_text(book)}")
        return
    await context.bot.send_photo(update.effective_chat.id, photo=png, caption=esc(caption))


# ---------------------------------------------------------------------------- buttons
async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    q = update.callback_query
    s = services(context)
    data = q.data or ""
    kind, _, rest = data.partition(":")
    chat_id = update.effective_chat.id
    if kind == "role" and rest in ROLES:
        s.state.set_role(s.user_hash(q.from_user.id), rest)
        await q.answer(f"已记住：{ROLES[rest]}")
        await q.edit_message_text(esc(f"好的，你是{ROLES[rest]}。{texts.EXAMPLES[rest]}"))
    elif kind == "case":
        await _case_button(update, context, rest)
    elif kind == "cmp":
        path = s.pipeline.book.complaint
        if not rest.isdigit() or int(rest) >= len(path.situations):
            await q.answer("这个按钮已失效，请重新发送 /complaint。")
            return
        await q.answer()
        await q.edit_message_text(esc(f"你选择了：{path.situations[int(rest)].label}"))
        await send_text(chat_id, context, complaint_text(path, int(rest)))
    elif kind == "opt":
        await q.answer()
        await q.edit_message_reply_markup(None)
        await answer_and_send(update, context, rest)
    elif kind == "fb":
        answer_id, _, verdict = rest.partition(":")
        if not answer_id.isdigit() or verdict not in ("0", "1"):
            await q.answer()
            return
        fid = s.state.add_feedback(int(answer_id), s.user_hash(q.from_user.id), verdict == "1")
        await q.answer(texts.FEEDBACK_THANKS)
        if verdict == "0":
            prompt = await context.bot.send_message(chat_id, esc(texts.FEEDBACK_REASON), reply_markup=force_reply())
            s.state.set_prompt(fid, chat_id, prompt.message_id)
    elif kind == "drill":
        drill_id, _, pos = rest.partition(":")
        drill = s.state.drill(int(drill_id)) if drill_id.isdigit() else None
        if drill is None or drill.finished or not pos.isdigit() or drill.position != int(pos):
            await q.answer("这一题已经发出了。")
            return
        await q.answer()
        await send_poll_question(context, drill.id, int(pos))
    else:
        await q.answer("这个按钮已失效。")


async def _case_button(update: Update, context: ContextTypes.DEFAULT_TYPE, rest: str) -> None:
    q = update.callback_query
    book = services(context).pipeline.book
    cols = _columns(book)
    parts = rest.split(":")
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
    consequence = "，造成较大损失或者不良影响" if col[1] == "general_major" else ""
    await answer_and_send(update, context, f"发生{col[0]}公共安全责任事故{consequence}，{role}会受什么处理？")


# ---------------------------------------------------------------------------- drills
async def drill(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    s = services(context)
    args = list(context.args or [])
    n = 5
    if args and args[0].isdigit():
        n = int(args.pop(0))
    topic = args[0] if args else None
    sets = s.state.set_names()
    if not 1 <= n <= MAX_DRILL or (topic and topic not in TOPICS and topic not in sets):
        await update.effective_message.reply_text(esc(texts.drill_usage(list(TOPICS), sets)))
        return
    pool = s.state.question_set(topic) if topic in sets else generate(s.pipeline.book, topic)
    rng = random.Random()
    questions = rng.sample(pool, min(n, len(pool)))
    chat = update.effective_chat
    d = s.state.start_drill(chat.id, questions, s.user_hash(update.effective_user.id), topic)
    await update.effective_message.reply_text(
        esc(f"开始练习：{len(questions)} 题{('（' + topic + '）') if topic else ''}。每题答完后按“下一题”。"))
    await send_poll_question(context, d.id, 0)


async def on_poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    s = services(context)
    a = update.poll_answer
    if not a.option_ids or a.user is None:
        return            # a retracted vote
    s.state.record_answer(a.poll_id, s.user_hash(a.user.id), a.user.full_name, a.option_ids[0])


async def score(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    s = services(context)
    right, answered = s.state.score(update.effective_chat.id, s.user_hash(update.effective_user.id))
    text = (f"你在这里的练习成绩：答对 {right} / {answered} 题。" if answered else "你在这里还没有答过练习题。发送 /drill 开始。")
    await update.effective_message.reply_text(esc(text))


async def leaderboard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    board = services(context).state.leaderboard(update.effective_chat.id)
    if not board:
        await update.effective_message.reply_text("这里还没有人答过练习题。发送 /drill 开始。")
        return
    lines = ["练习排行榜："] + [f"{i}. {name}：答对 {r}/{n}" for i, (name, r, n) in enumerate(board, 1)]
    await update.effective_message.reply_text(esc("\n".join(lines)))


async def loadquiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    s = services(context)
    msg = update.effective_message
    if not s.is_trainer(update.effective_user.id):
        await msg.reply_text(esc(texts.TRAINER_ONLY))
        return
    words = (msg.caption or msg.text or "").split()[1:]
    doc = msg.document or (msg.reply_to_message.document if msg.reply_to_message else None)
    if doc is None or not words:
        await msg.reply_text(esc(texts.LOADQUIZ_USAGE))
        return
    name = words[0][:40]
    if name in TOPICS:
        await msg.reply_text(esc(f"“{name}”是内置主题的名字，请换一个题库名。"))
        return
    if (doc.file_size or 0) > MAX_QUIZ_FILE:
        await msg.reply_text("文件太大（最多 256 KB）。")
        return
    data = await (await doc.get_file()).download_as_bytearray()
    try:
        questions = load_yaml(bytes(data).decode("utf-8"))
    except UnicodeDecodeError:
        await msg.reply_text("文件不是 UTF-8 编码的文本。")
        return
    except QuestionSetError as err:
        await msg.reply_text(esc(f"题库没有载入：{err}"))
        return
    s.state.save_set(name, questions, s.user_hash(update.effective_user.id))
    await msg.reply_text(esc(f"已载入题库“{name}”，共 {len(questions)} 题。发送 /drill {min(5, len(questions))} {name} 开始练习。"))


# ---------------------------------------------------------------------------- admin
async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    s = services(context)
    if not s.is_admin(update.effective_user.id):
        await update.effective_message.reply_text(esc(texts.ADMIN_ONLY))
        return
    try:
        report = await asyncio.to_thread(s.pipeline.reload)
    except WenzeError as err:    # malformed rules or sources: the running ones stay
        await update.effective_message.reply_text(esc(f"重新载入失败，继续使用原来的规则和索引：{err}"))
        return
    await update.effective_message.reply_text(esc(report))


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    s = services(context)
    if not s.is_admin(update.effective_user.id):
        await update.effective_message.reply_text(esc(texts.ADMIN_ONLY))
        return
    st = s.state.stats()
    by = "，".join(f"{k} {v}" for k, v in sorted(st["answers"].items())) or "无"
    text = (f"回答：{sum(st['answers'].values())}（{by}）；核对未通过：{st['check_failed']}\n"
            f"反馈：有用 {st['helpful']}，有误 {st['wrong']}\n练习：{st['drills']} 次，作答 {st['drill_answers']} 次")
    await update.effective_message.reply_text(esc(text))

