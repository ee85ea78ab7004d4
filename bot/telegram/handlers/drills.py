"""Training: /drill (quiz polls from the rule tables or a loaded set), its "next" buttons and poll
answers, /score, /leaderboard and /loadquiz."""
from __future__ import annotations

import asyncio
import random
import re

from telegram import Update
from telegram.ext import ContextTypes

from bot.telegram import texts
from bot.telegram.render import esc
from bot.telegram.sending import send_poll_question, services, vote_ended, vote_started
from bot.views.drills import MAX_SECONDS, MIN_SECONDS, TOPICS, QuestionSetError, generate, load_yaml

MAX_DRILL = 20
MAX_QUIZ_FILE = 256 * 1024
POLL_WAITS = 40           # a vote for a poll not stored yet is tried again for up to 10 s


_SECONDS = re.compile(r"^(\d{1,4})(?:s|秒)$", re.IGNORECASE)


def parse_drill_args(args: list[str]) -> tuple[int, str | None, int | None] | None:
    """/drill [n] [topic] [30s]: (n, topic, seconds per question), in any order; None when a
    word is not understood or a figure is out of range."""
    n, topic, seconds = 5, None, None
    for word in args:
        if word.isdigit():
            n = int(word)
        elif m := _SECONDS.match(word):
            seconds = int(m.group(1))
        elif topic is None:
            topic = word
        else:
            return None
    if not 1 <= n <= MAX_DRILL or (seconds is not None and not MIN_SECONDS <= seconds <= MAX_SECONDS):
        return None
    return n, topic, seconds


async def drill(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/drill [n] [topic] [30s]: start a drill of n questions (each open for 30 s when asked) and
    send the first."""
    s = services(context)
    parsed = parse_drill_args(list(context.args or []))
    sets = s.state.set_names()
    if parsed is None or (parsed[1] and parsed[1] not in TOPICS and parsed[1] not in sets):
        await update.effective_message.reply_text(esc(texts.drill_usage(list(TOPICS), sets)))
        return
    n, topic, seconds = parsed
    pool = s.state.question_set(topic) if topic in sets else generate(s.assistant.snapshot.book, topic)
    if not pool:
        await update.effective_message.reply_text(esc(f"主题“{topic}”在当前规则数据中没有题目。"))
        return
    rng = random.Random()
    questions = rng.sample(pool, min(n, len(pool)))
    if seconds is not None:
        questions = [q.model_copy(update={"seconds": seconds}) for q in questions]
    chat = update.effective_chat
    d = s.state.start_drill(chat.id, questions, s.user_hash(update.effective_user.id), topic)
    await update.effective_message.reply_text(
        esc(f"开始练习：{len(questions)} 题{('（' + topic + '）') if topic else ''}"
            f"{f'，每题限时 {seconds} 秒' if seconds else ''}。每题答完后按“下一题”。"))
    await send_poll_question(context, d.id, 0)


async def on_next(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The "下一题" / "看成绩" button ("drill:ID:POSITION"): the next question, once however often pressed."""
    q = update.callback_query
    s = services(context)
    drill_id, _, pos = (q.data or "").partition(":")[2].partition(":")
    found = s.state.drill(int(drill_id)) if drill_id.isdigit() else None
    if found is None or found.finished or not pos.isdigit() or found.position != int(pos):
        await q.answer("这一题已经发出了。")
        return
    await q.answer()
    await send_poll_question(context, found.id, int(pos))


async def on_poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A vote in a drill's poll: scored (a retracted vote is ignored)."""
    s = services(context)
    a = update.poll_answer
    if not a.option_ids or a.user is None:
        return            # a retracted vote
    vote_started(context)
    try:
        for _ in range(POLL_WAITS):
            # whether the poll is stored is read before the vote is tried, never after: a poll row
            # written between a try that did not find it and a later look would have the vote taken
            # for a duplicate and dropped (a real user's first vote lost, seen under load)
            known = s.state.has_poll(a.poll_id)
            if s.state.record_answer(a.poll_id, s.user_hash(a.user.id), a.user.full_name, a.option_ids[0]) is not None \
                    or known:
                return
            # a vote can arrive before the poll is stored: Telegram answered sendPoll, and the
            # process (this one or another replica) has not written the poll id yet
            await asyncio.sleep(0.25)
    finally:
        vote_ended(context)


async def score(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/score: the user's right answers in this chat."""
    s = services(context)
    right, answered = s.state.score(update.effective_chat.id, s.user_hash(update.effective_user.id))
    text = (f"你在这里的练习成绩：答对 {right} / {answered} 题。" if answered else "你在这里还没有答过练习题。发送 /drill 开始。")
    await update.effective_message.reply_text(esc(text))


async def leaderboard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/leaderboard: the chat's top ten."""
    board = services(context).state.leaderboard(update.effective_chat.id)
    if not board:
        await update.effective_message.reply_text("这里还没有人答过练习题。发送 /drill 开始。")
        return
    lines = ["练习排行榜："] + [f"{i}. {name}：答对 {r}/{n}" for i, (name, r, n) in enumerate(board, 1)]
    await update.effective_message.reply_text(esc("\n".join(lines)))


async def loadquiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/loadquiz NAME (trainers and admins), on or in reply to a YAML file: store a question set."""
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
