"""/grade and /review: the real python-telegram-bot Application against the local Bot API server."""
from __future__ import annotations

import time

import pytest

from bot.settings import Settings, TelegramSettings
from bot.core.assistant import Assistant
from bot.storage.audit import AuditLog
from bot.storage.db import answers, drill_answers, drill_polls, drills
from bot.storage.state import GRADE_TOPIC, BotState
from bot.telegram import texts
from bot.telegram.app import build_application
from bot.telegram.handlers.grading import parse
from tests.fakes.telegram_server import BOT, TOKEN, FakeTelegram, parse_html
from tests.telegram_runner import BotRunner

USER, OTHER, TRAINER = 1001, 1002, 2001
GROUP = -100600
WRONG = "较大事故后，街道党政领导正职要责令公开道歉。街道党政领导分管副职要被免职。"


@pytest.fixture
def bot(snapshot, tmp_path, fake):
    settings = TelegramSettings(token=TOKEN, api_url=fake.base_url, file_url=fake.file_url, trainers=[TRAINER])
    audit = AuditLog.open(Settings(data_dir=tmp_path))
    runner = BotRunner(build_application(settings, Assistant(Settings(data_dir=tmp_path), snapshot, audit=audit),
                                         BotState(audit.engine)))
    runner.state = runner.app.bot_data["services"].state
    runner.audit = audit
    runner.start()
    yield runner
    if runner.thread.is_alive():
        runner.stop()


def ask(fake: FakeTelegram, chat_id: int, user_id: int, text: str, count: int = 1, **kw) -> list[dict]:
    before = len(fake.calls("sendMessage", chat_id))
    fake.push_message(chat_id, user_id, text, **kw)
    return fake.wait_sent("sendMessage", chat_id, count=before + count)[before:]


def answer_poll(fake: FakeTelegram, bot, sent: dict, user_id: int, option: int) -> None:
    """Vote once the bot has stored the poll (a vote before that is not one of its polls)."""
    poll_id = sent["result"]["poll"]["id"]

    def stored(_) -> bool:
        with bot.audit.engine.connect() as c:
            return c.execute(drill_polls.select().where(drill_polls.c.poll_id == poll_id)).first() is not None

    fake.wait_for(stored)
    fake.push_poll_answer(poll_id, user_id, option)


def user_hash(bot, uid: int) -> str:
    return bot.app.bot_data["services"].user_hash(uid)


@pytest.mark.parametrize("text,replied,expected", [
    ("/grade 较大事故街道书记会怎样｜要公开道歉。", None, ("较大事故街道书记会怎样", "要公开道歉。")),
    ("/grade 较大事故街道书记会怎样 | 要公开道歉。", None, ("较大事故街道书记会怎样", "要公开道歉。")),
    ("/grade@wenze_test_bot 题目在这里｜回答｜带竖线", None, ("题目在这里", "回答｜带竖线")),
    ("/grade 要公开道歉。", "较大事故街道书记会怎样", ("较大事故街道书记会怎样", "要公开道歉。")),
    ("/grade 要公开道歉。", None, None),
    ("/grade", "较大事故街道书记会怎样", None),
    ("/grade ｜要公开道歉。", None, None),
])
def test_parsing_the_two_forms(text, replied, expected):
    class Msg:                       # the two attributes question_of reads of a replied message
        poll = None
        caption = None

        def __init__(self, t):
            self.text = t

    assert parse(text, Msg(replied) if replied else None) == expected


def test_grade_marks_the_wrong_sentence_with_the_article_and_scores_it(bot, fake):
    [sent] = ask(fake, GROUP, USER, f"/grade 较大事故街道主任会受什么处理｜{WRONG}")
    html = sent["params"]["text"]
    assert sent["params"]["parse_mode"] == "HTML"
    assert sent["params"]["reply_parameters"]["message_id"]                 # threaded under the /grade
    shown = parse_html(html)
    assert "批改结果：1/2 句有依据（50%）" in shown
    lines = shown.splitlines()
    right = lines.index("✅ 较大事故后，街道党政领导正职要责令公开道歉。")
    assert lines[right + 1] == "依据：《深圳市党政领导干部问责暂行规定》第十四条"
    wrong = lines.index("❌ 街道党政领导分管副职要被免职。")
    assert "停职检查" in lines[wrong + 1] and lines[wrong + 1].startswith("规定是：")
    assert lines[wrong + 2] == "《深圳市党政领导干部问责暂行规定》第十四条：“对街道党政领导分管副职停职检查”"
    assert "<blockquote expandable>《深圳市党政领导干部问责暂行规定》第十四条：“对街道党政领导分管副职停职检查”</blockquote>" in html
    assert "参考答案" in shown and "对街道党政领导正职责令公开道歉" in shown.split("参考答案")[1]
    # scored like a quiz answer: wrong (one sentence is), in this chat's drill tables
    assert bot.state.score(GROUP, user_hash(bot, USER)) == (0, 1)
    stored = bot.state.drill(1)
    assert stored.topic == GRADE_TOPIC and stored.finished
    [q] = stored.questions
    assert q.question == "（批改）较大事故街道主任会受什么处理" and q.article == 14
    [board] = ask(fake, GROUP, USER, "/leaderboard")
    assert "张三：答对 0/1" in board["params"]["text"]


def test_grade_as_a_reply_to_the_question_and_a_right_answer_counts_as_right(bot, fake):
    question = {"message_id": 77, "date": 0, "chat": fake.chat(GROUP), "from": fake.user(TRAINER, "王老师"),
                "text": "较大事故街道书记会怎样？"}
    [sent] = ask(fake, GROUP, USER, "/grade 较大事故的话，街道书记要公开道歉。以上仅供参考。", reply_to=question)
    shown = parse_html(sent["params"]["text"])
    assert "批改结果：1/1 句有依据（100%）" in shown and "✅ 较大事故的话，街道书记要公开道歉。" in shown
    assert "❌" not in shown and "⚠️" not in shown
    assert "不评分（没有陈述内容）：以上仅供参考。" in shown
    assert bot.state.score(GROUP, user_hash(bot, USER)) == (1, 1)


def test_grade_escapes_the_trainees_text(bot, fake):
    [sent] = ask(fake, USER, USER, "/grade 较大事故街道书记会怎样｜街道书记要<b>公开道歉</b> & 停职。")
    html = sent["params"]["text"]
    assert "&lt;b&gt;公开道歉&lt;/b&gt; &amp; 停职" in html                    # the local server parsed it: valid HTML


def test_grade_without_both_parts_says_how(bot, fake):
    [sent] = ask(fake, USER, USER, "/grade 只有回答没有题目")
    assert sent["params"]["text"] == texts.GRADE_USAGE
    [sent] = ask(fake, USER, USER, "/grade 较大事故街道书记会怎样｜" + "道" * 2001)
    assert "回答太长了" in sent["params"]["text"]
    assert bot.state.score(USER, user_hash(bot, USER)) == (0, 0)


def test_nothing_of_the_trainees_answer_is_stored(bot, fake):
    secret = "街道党政领导分管副职要被免职，这句是学员乙独有的话。"
    ask(fake, USER, USER, f"/grade 较大事故街道主任会受什么处理｜{secret}")
    with bot.audit.engine.connect() as c:
        stored = [str(v) for t in (answers, drills, drill_answers) for row in c.execute(t.select()) for v in row]
        topics = [r.topic for r in c.execute(drills.select())]
    assert topics == [GRADE_TOPIC]
    assert any("较大事故街道主任会受什么处理" in v for v in stored)          # the question, as for any question
    assert not any("学员乙" in v for v in stored)


def test_review_gives_the_wrong_questions_once_more_until_right(bot, fake):
    # a drill in the group: USER gets the first question wrong, the second right
    fake.push_message(GROUP, TRAINER, "/drill 2 事故")
    [poll] = fake.wait_sent("sendPoll", GROUP)
    drill = bot.state.drill(1)
    first, second = drill.questions
    answer_poll(fake, bot, poll, USER, (first.correct + 1) % len(first.options))
    fake.push_callback(GROUP, USER, poll["params"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
    polls = fake.wait_sent("sendPoll", GROUP, count=2)
    answer_poll(fake, bot, polls[1], USER, second.correct)
    me = user_hash(bot, USER)
    fake.wait_for(lambda _: bot.state.score(GROUP, me)[1] == 2)
    # a graded written answer is not a quiz question: never reviewed
    ask(fake, GROUP, USER, f"/grade 较大事故街道主任会受什么处理｜{WRONG}")

    [told] = ask(fake, GROUP, USER, "/review")
    assert told["params"]["text"] == texts.REVIEW_PRIVATE

    # in private: the one wrong question, answered wrong again
    [start] = ask(fake, USER, USER, "/review")
    assert start["params"]["text"].startswith("复习：1 道你答错过的题")
    [review] = fake.wait_sent("sendPoll", USER)
    assert review["params"]["question"].endswith(first.question)
    assert review["params"]["correct_option_ids"] == [first.correct]
    answer_poll(fake, bot, review, USER, (first.correct + 1) % len(first.options))
    fake.wait_for(lambda _: bot.state.score(USER, me)[1] == 1)
    assert [q.question for q in bot.state.to_review(me)] == [first.question]

    # once more, and right this time: nothing is left to review
    ask(fake, USER, USER, "/review")
    again = fake.wait_sent("sendPoll", USER, count=2)[1]
    assert again["params"]["question"].endswith(first.question)
    answer_poll(fake, bot, again, USER, first.correct)
    fake.wait_for(lambda _: bot.state.score(USER, me) == (1, 2))
    [done] = ask(fake, USER, USER, "/review")
    assert done["params"]["text"] == texts.REVIEW_NONE
    time.sleep(0.3)
    assert len(fake.calls("sendPoll", USER)) == 2
    # another user's wrong answers are theirs alone
    assert bot.state.to_review(user_hash(bot, OTHER)) == []
