"""Written answers and review: /grade (a trainee's own answer marked sentence by sentence, scored
like a quiz answer) and /review (the quiz questions a user got wrong, once more, until right)."""
from __future__ import annotations

import asyncio
import re

from telegram import Message, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from rules.errors import WenzeError

from bot.storage.state import GRADE_TOPIC, REVIEW_TOPIC
from bot.telegram import texts
from bot.telegram.handlers.drills import MAX_DRILL
from bot.telegram.render import esc, grade_messages
from bot.telegram.sending import send_answer, send_poll_question, services
from bot.views.drills import QuizQuestion

_COMMAND = re.compile(r"^/\w+(?:@\w+)?\s*")
_BAR = re.compile(r"\s*[｜|]\s*")
_POSITION = re.compile(r"^（\d+/\d+）")          # a drill poll's "（2/5）" before its question


def question_of(message: Message | None) -> str | None:
    """The question a /grade replies to: a text or caption, or a drill poll's question."""
    if message is None:
        return None
    if message.poll is not None:
        return _POSITION.sub("", message.poll.question)
    return message.text or message.caption


def parse(text: str, replied: Message | None) -> tuple[str, str] | None:
    """(question, answer) from "/grade 题目｜回答" (full-width or ASCII bar), or from "/grade 回答"
    in reply to the question; None when neither is there."""
    rest = _COMMAND.sub("", text or "", count=1).strip()
    parts = _BAR.split(rest, maxsplit=1)
    if len(parts) == 2 and all(p.strip() for p in parts):
        return parts[0].strip(), parts[1].strip()
    question = question_of(replied)
    if rest and question and question.strip():
        return question.strip(), rest
    return None


async def grade(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/grade 题目｜回答, or /grade 回答 as a reply to the question: the marks, the reference answer,
    and the result in the drill tables (right when every scored sentence is)."""
    s = services(context)
    msg, user, chat = update.effective_message, update.effective_user, update.effective_chat
    got = parse(msg.text or "", msg.reply_to_message)
    if got is None:
        await msg.reply_text(esc(texts.GRADE_USAGE))
        return
    if not await asyncio.to_thread(s.take_question, user.id):      # the same budget as questions
        await msg.reply_text(esc(texts.TOO_FAST.format(n=s.settings.questions_per_minute)))
        return
    question, answer = got
    try:
        graded = await asyncio.to_thread(s.assistant.grade, question, answer, channel="telegram", user=user.id)
    except WenzeError as err:
        await msg.reply_text(esc(f"{err}\n{texts.GRADE_USAGE}"))
        return
    articles = graded.articles
    quiz = QuizQuestion(question=texts.GRADE_QUESTION.format(question=question)[:300],
                        options=texts.GRADE_OPTIONS, correct=0, explanation=texts.GRADE_EXPLANATION,
                        article=articles[0] if articles else None, topic=GRADE_TOPIC)
    s.state.record_grade(chat.id, s.user_hash(user.id), user.full_name, quiz, graded.passed)
    await send_answer(chat.id, context, grade_messages(graded), reply_to=msg)


async def review(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/review (private chats): the quiz questions this user got wrong and has not answered right
    since, as a drill; a right answer retires a question, a wrong one keeps it for next time."""
    s = services(context)
    msg, chat = update.effective_message, update.effective_chat
    if chat.type != ChatType.PRIVATE:
        await msg.reply_text(esc(texts.REVIEW_PRIVATE))
        return
    user_hash = s.user_hash(update.effective_user.id)
    pending = s.state.to_review(user_hash)
    if not pending:
        await msg.reply_text(esc(texts.REVIEW_NONE))
        return
    questions = pending[:MAX_DRILL]
    more = f"（共 {len(pending)} 道待复习，先出 {len(questions)} 道）" if len(pending) > len(questions) else ""
    d = s.state.start_drill(chat.id, questions, user_hash, REVIEW_TOPIC)
    await msg.reply_text(esc(texts.REVIEW_START.format(n=len(questions), more=more)))
    await send_poll_question(context, d.id, 0)
