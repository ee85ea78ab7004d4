"""Personal data kept only as long as needed: the audit trail's retention (by the running bot and
by `wenze audit purge`) and /forget, checked by reading every table of the database."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect, select, text, update

from bot.core.assistant import Assistant
from bot.fronts.cli import main
from bot.settings import Settings, TelegramSettings
from bot.storage.audit import AuditLog
from bot.storage.db import answers
from bot.storage.state import BotState
from bot.telegram.app import build_application
from tests.fakes.telegram_server import BOT, TOKEN, FakeTelegram
from tests.telegram_runner import BotRunner

NAME, PLACE = "王小明", "福田区梅林街道"
PRIVATE = f"我叫{NAME}，住在{PLACE}，较大事故街道主任会受什么处理"
USER, OTHER, GROUP = 987654321, 1002, -100500


def every_row(engine) -> list[str]:
    """Every row of every table in the database, as text."""
    with engine.connect() as c:
        return [f"{table}: {tuple(row)}" for table in inspect(engine).get_table_names()
                for row in c.execute(text(f'SELECT * FROM "{table}"'))]


def age(audit: AuditLog, days: int) -> None:
    """Make every row of the trail `days` old."""
    with audit.engine.begin() as c:
        c.execute(update(answers).values(created_at=datetime.now(timezone.utc) - timedelta(days=days)))


# ------------------------------------------------------------------ retention
def test_rows_older_than_the_retention_lose_their_texts_and_keep_the_rest(snapshot, tmp_path):
    settings = Settings(data_dir=tmp_path)
    assistant = Assistant(settings, snapshot, audit=AuditLog.open(settings))
    assistant.answer(PRIVATE, user=USER)
    age(assistant.audit, 40)
    assistant.answer("今天又有人问：" + PRIVATE, user=USER)          # recent: kept
    assert assistant.audit.purge(30) == 1
    old, new = list(assistant.audit.rows())
    assert old["question"] == old["answer"] == "" and old["facts"] is None and old["rejected"] == []
    assert old["source"] == "rules" and old["passage_ids"] and old["latency_ms"] > 0     # still countable
    assert NAME in new["question"] and new["answer"]
    assert assistant.audit.purge(30) == 0                             # nothing left to blank


def test_wenze_audit_purge_uses_the_setting_or_the_option(snapshot, tmp_path, monkeypatch):
    monkeypatch.setenv("WENZE_DATA_DIR", str(tmp_path))
    settings = Settings(data_dir=tmp_path)
    assistant = Assistant(settings, snapshot, audit=AuditLog.open(settings))
    for _ in range(3):
        assistant.answer(PRIVATE)
    age(assistant.audit, 10)
    refused = CliRunner().invoke(main, ["audit", "purge"])
    assert refused.exit_code == 2 and "WENZE_AUDIT_RETENTION_DAYS" in refused.output
    monkeypatch.setenv("WENZE_AUDIT_RETENTION_DAYS", "30")
    assert "已清除 0 条" in CliRunner().invoke(main, ["audit", "purge"]).output
    monkeypatch.setenv("WENZE_AUDIT_RETENTION_DAYS", "7")
    done = CliRunner().invoke(main, ["audit", "purge"])
    assert done.exit_code == 0 and "已清除 3 条" in done.output
    assert not any(NAME in row for row in every_row(assistant.audit.engine))


# ------------------------------------------------------------------ the bot
@pytest.fixture
def bot(snapshot, tmp_path, fake):
    settings = Settings(data_dir=tmp_path, audit_retention_days=30)
    audit = AuditLog.open(settings)
    assistant = Assistant(settings, snapshot, audit=audit)
    assistant.answer(PRIVATE, channel="telegram", user=4242)         # a month-old question of someone else
    age(audit, 31)
    runner = BotRunner(build_application(TelegramSettings(token=TOKEN, api_url=fake.base_url,
                                                          file_url=fake.file_url), assistant, BotState(audit.engine)))
    runner.assistant = assistant
    runner.start()
    yield runner
    runner.stop()


def sent_to(fake: FakeTelegram, chat: int, count: int) -> list[dict]:
    return fake.wait_sent("sendMessage", chat, count=count)


def buttons(call: dict) -> list[dict]:
    return [b for row in call["params"].get("reply_markup", {}).get("inline_keyboard", []) for b in row]


def test_the_running_bot_applies_the_retention(bot, fake):
    fake.wait_for(lambda _: next(iter(bot.assistant.audit.rows()))["question"] == "")
    [row] = list(bot.assistant.audit.rows())
    assert row["answer"] == "" and row["source"] == "rules"


def test_forget_removes_everything_of_the_user_after_a_confirmation(bot, fake):
    engine = bot.assistant.audit.engine
    n = 0

    def say(chat: int, user: int, words: str, **kw) -> dict:
        nonlocal n
        fake.push_message(chat, user, words, name=NAME if user == USER else "李四", **kw)
        n += 1
        return sent_to(fake, chat, len(fake.calls("sendMessage", chat)) + 1)[-1]

    fake.push_message(USER, USER, "/start", name=NAME)
    role_msg = sent_to(fake, USER, 1)[-1]
    fake.push_callback(USER, USER, buttons(role_msg)[1]["callback_data"])      # 市民
    fake.wait_for(lambda _: bot.app.bot_data["services"].state.role(
        bot.app.bot_data["services"].user_hash(USER)) is not None)
    answer = say(USER, USER, PRIVATE)
    fb_wrong = next(b["callback_data"] for b in buttons(answer) if b["callback_data"].endswith(":0"))
    fake.push_callback(USER, USER, fb_wrong)
    fake.wait_for(lambda _: any(c["params"].get("reply_markup", {}).get("force_reply")
                                for c in fake.calls("sendMessage", USER)))
    prompt = next(c for c in fake.calls("sendMessage", USER) if c["params"].get("reply_markup", {}).get("force_reply"))
    say(USER, USER, f"{NAME}觉得第十四条不对", reply_to={**prompt["result"], "from": BOT})
    pending = say(USER, USER, f"{NAME}问：街道书记出了事故会怎样")                 # a missing fact, pending
    assert len(buttons(pending)) > 2
    fake.push_message(GROUP, USER, "/drill 1 事故", name=NAME)
    [poll] = fake.wait_sent("sendPoll", GROUP)
    fake.push_poll_answer("1", USER, 0, name=NAME)
    say(OTHER, OTHER, "较大事故街道主任会受什么处理")                            # another user's question stays
    s = bot.app.bot_data["services"]
    fake.wait_for(lambda _: s.state.score(GROUP, s.user_hash(USER))[1] == 1)
    assert any(NAME in r for r in every_row(engine)) and any(PLACE in r for r in every_row(engine))

    ask = say(USER, USER, "/forget")
    yes = next(b["callback_data"] for b in buttons(ask) if b["text"] == "确认删除")
    fake.push_callback(USER, OTHER, yes)                                       # not theirs to press
    fake.wait_for(lambda _: any(c["method"] == "answerCallbackQuery" and "只有发出" in c["params"].get("text", "")
                                for c in fake.sent))
    assert any(NAME in r for r in every_row(engine))
    fake.push_callback(USER, USER, yes)
    fake.wait_for(lambda _: any(c["method"] == "editMessageText" and "已删除你的数据" in c["params"].get("text", "")
                                for c in fake.sent))
    fake.wait_for(lambda _: True, timeout=1)
    rows = every_row(engine)
    for secret in (NAME, PLACE, str(USER)):
        assert not [r for r in rows if secret in r], secret
    h = s.user_hash(USER)
    assert not [r for r in rows if h in r and not r.startswith("answers:")]      # only blanked audit rows keep the hash
    with engine.connect() as c:
        theirs = c.execute(select(answers.c.question, answers.c.answer).where(answers.c.user_hash == h)).all()
        others = c.execute(select(answers.c.question).where(answers.c.user_hash == s.user_hash(OTHER))).all()
    assert theirs and all(q == a == "" for q, a in theirs)
    assert others == [("较大事故街道主任会受什么处理",)]
    assert not [k for k in bot.assistant.conversations._turns if k.endswith(f":{USER}")]
    assert s.state.role(h) is None and s.state.score(GROUP, h) == (0, 0)
