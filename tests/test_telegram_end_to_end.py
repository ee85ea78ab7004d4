"""Done means: with the token and API URL pointed at the local Bot API server, a scripted
conversation through every command succeeds end to end — `wenze start` in its own process, as a
user runs it."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import sys
from pathlib import Path

import pytest
import yaml

from bot.telegram.app import ALLOWED_UPDATES
from bot.telegram import texts
from tests.fakes.telegram_server import TOKEN, FakeTelegram

pytestmark = pytest.mark.slow
WENZE = shutil.which("wenze") or str(Path(sys.executable).with_name("wenze"))
ADMIN, CITIZEN, PLAYER = 7001, 7002, 7003
GROUP = -1007000


def test_a_scripted_conversation_through_every_command(session_data_dir, kb, tmp_path):
    with FakeTelegram() as fake:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "WENZE_TELEGRAM_API_URL": fake.base_url,
               "WENZE_TELEGRAM_FILE_URL": fake.file_url, "WENZE_TELEGRAM_ADMINS": str(ADMIN),
               "WENZE_TELEGRAM_TRAINERS": "", "WENZE_DATA_DIR": str(session_data_dir),
               "WENZE_DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}", "ANONYMIZED_TELEMETRY": "False"}
        proc = subprocess.Popen([WENZE, "start"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            fake.wait_for(lambda sent: any(c["method"] == "setMyCommands" for c in sent), timeout=60)
            fake.wait_for(lambda _: fake.last_poll, timeout=30)
            assert fake.last_poll["allowed_updates"] == ALLOWED_UPDATES

            def say(chat, user, text=None, expect="sendMessage", **kw):
                before = len(fake.calls(expect, chat))
                fake.push_message(chat, user, text, **kw)
                return fake.wait_sent(expect, chat, count=before + 1, timeout=60)[-1]["params"]

            def press(chat, user, data, expect="sendMessage"):
                before = len(fake.calls(expect, chat))
                fake.push_callback(chat, user, data)
                return fake.wait_sent(expect, chat, count=before + 1, timeout=60)[-1]["params"]

            assert "请问你是" in say(CITIZEN, CITIZEN, "/start")["text"]
            assert "市民" in press(CITIZEN, CITIZEN, "role:citizen", "editMessageText")["text"]
            assert "/complaint" in say(CITIZEN, CITIZEN, "/help")["text"]
            first = say(CITIZEN, CITIZEN, "较大事故街道主任会受什么处理")
            assert "责令公开道歉" in first["text"] and "<blockquote expandable>第十四条" in first["text"]
            assert "停职检查" in say(CITIZEN, CITIZEN, "那重大事故呢？")["text"]
            fb = first["reply_markup"]["inline_keyboard"][-1][0]["callback_data"]
            fake.push_callback(CITIZEN, CITIZEN, fb)
            fake.wait_sent("answerCallbackQuery", timeout=30)
            assert "第十四条" in say(CITIZEN, CITIZEN, "/article 14")["text"]
            assert "没有这一条" in say(CITIZEN, CITIZEN, "/article 999")["text"]
            assert "缺失" in say(CITIZEN, CITIZEN, "/sources")["text"]
            say(CITIZEN, CITIZEN, "/case")
            press(CITIZEN, CITIZEN, "case:s:0", "editMessageText")
            assert "免职" in press(CITIZEN, CITIZEN, "case:r:0:1")["text"]
            say(CITIZEN, CITIZEN, "/complaint")
            assert "一个月内" in press(CITIZEN, CITIZEN, "cmp:2")["text"]
            assert "第十三、十四、十六条" in say(CITIZEN, CITIZEN, "/matrix", expect="sendPhoto")["caption"]
            assert say(CITIZEN, CITIZEN, None, sticker={"file_id": "s", "file_unique_id": "s", "type": "regular",
                                                        "width": 1, "height": 1, "is_animated": False,
                                                        "is_video": False})["text"] == texts.NOT_TEXT
            before = len(fake.calls("sendMessage", CITIZEN))
            fake.push_edited(CITIZEN, CITIZEN, "改过的问题")
            assert fake.wait_sent("sendMessage", CITIZEN, count=before + 1)[-1]["params"]["text"] == texts.EDITED
            assert "新对话" in say(CITIZEN, CITIZEN, "/new")["text"]
            assert say(CITIZEN, CITIZEN, "/stats")["text"] == texts.ADMIN_ONLY

            # a drill in a group, loaded from the admin's own question set
            own = [{"question": "第十四条规定由谁召开现场会？", "options": ["区委（党工委）、区政府（管委会）", "市委、市政府"],
                    "correct": 0, "explanation": "依据第十四条：区委（党工委）、区政府（管委会）应在24小时内召开现场会。",
                    "article": 14}]
            fake.add_file("set1", yaml.safe_dump(own, allow_unicode=True).encode())
            loaded = say(GROUP, ADMIN, None, document={"file_id": "set1", "file_unique_id": "set1",
                                                       "file_name": "set.yaml", "file_size": 200},
                         caption="/loadquiz 本周")
            assert "共 1 题" in loaded["text"]
            poll = say(GROUP, ADMIN, "/drill 1 本周", expect="sendPoll")
            fake.push_poll_answer("1", PLAYER, 0, name="王五")
            fake.push_poll_answer("1", CITIZEN, 1, name="赵六")
            done = press(GROUP, PLAYER, poll["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
            assert "1. 王五：答对 1/1" in done["text"]
            assert "答对 1 / 1" in say(GROUP, PLAYER, "/score")["text"]
            assert "赵六：答对 0/1" in say(GROUP, PLAYER, "/leaderboard")["text"]
            poll2 = say(GROUP, ADMIN, "/drill 2 事故", expect="sendPoll")
            assert len(poll2["explanation"]) <= 200
            assert "责令公开道歉" in say(GROUP, CITIZEN, "@wenze_test_bot 较大事故街道主任会受什么处理")["text"]
            assert "回答：" in say(ADMIN, ADMIN, "/stats")["text"]
            assert "已重新载入" in say(ADMIN, ADMIN, "/reload")["text"]
        finally:
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err[-2000:]
        assert TOKEN not in out + err and TOKEN.split(":")[1] not in out + err
        assert "Traceback" not in err


def test_a_question_the_bot_died_on_is_answered_once_after_a_restart(session_data_dir, kb, tmp_path):
    """SIGKILL while a (slow) model drafts the answer, after Telegram's offset has moved past the
    update: the restarted bot answers it from its inbox, exactly once."""
    from tests.fakes.openai_server import FakeOpenAI

    with FakeTelegram() as fake, FakeOpenAI() as llm:
        llm.play({"content": "根据第十四条，对街道党政领导正职责令公开道歉；区委（党工委）、区政府（管委会）应在24小时内召开现场会。",
                  "delay": 8})
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "WENZE_TELEGRAM_API_URL": fake.base_url,
               "WENZE_DATA_DIR": str(session_data_dir), "WENZE_DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}",
               "WENZE_LLM_URL": llm.url, "WENZE_LLM_TIMEOUT": "20", "WENZE_LLM_RETRIES": "0",
               "ANONYMIZED_TELEMETRY": "False"}
        first = subprocess.Popen([WENZE, "bot"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            fake.wait_for(lambda sent: any(c["method"] == "setMyCommands" for c in sent), timeout=60)
            uid = fake.push_message(CITIZEN, CITIZEN, "较大事故街道主任会受什么处理")
            fake.wait_for(lambda _: llm.requests and int(fake.last_poll.get("offset", 0) or 0) > uid, timeout=30)
        finally:
            first.kill()                                            # SIGKILL: no clean-up at all
            first.communicate(timeout=30)
        assert fake.calls("sendMessage", CITIZEN) == []

        llm.play({"content": "根据第十四条，对街道党政领导正职责令公开道歉；区委（党工委）、区政府（管委会）应在24小时内召开现场会。"})
        second = subprocess.Popen([WENZE, "bot"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            [answer] = fake.wait_sent("sendMessage", CITIZEN, timeout=60)
            assert "责令公开道歉" in answer["params"]["text"]
            fake.push_message(CITIZEN, CITIZEN, "第十四条")                # and the bot carries on as usual
            fake.wait_sent("sendMessage", CITIZEN, count=2, timeout=60)
            time.sleep(1)
            assert len(fake.calls("sendMessage", CITIZEN)) == 2
        finally:
            second.send_signal(signal.SIGINT)
            _, err = second.communicate(timeout=60)
        assert second.returncode == 0, err[-2000:]
        assert "left unfinished by an earlier run" in err


def test_updates_queued_at_a_sigterm_are_each_answered_once(session_data_dir, kb, tmp_path):
    """Five questions arrive, the service manager stops the bot (SIGTERM), it starts again: every
    question is answered exactly once, before the stop or after the restart."""
    with FakeTelegram() as fake:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "WENZE_TELEGRAM_API_URL": fake.base_url,
               "WENZE_DATA_DIR": str(session_data_dir), "WENZE_DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}",
               "ANONYMIZED_TELEMETRY": "False"}
        chats = [8001, 8002, 8003, 8004, 8005]
        for run in range(2):
            proc = subprocess.Popen([WENZE, "bot"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                    text=True)
            try:
                fake.wait_for(lambda sent: sum(c["method"] == "setMyCommands" for c in sent) > run, timeout=60)
                if run == 0:
                    for chat in chats:
                        fake.push_message(chat, chat, "较大事故街道主任会受什么处理")
                    fake.wait_for(lambda s: any(c["method"] == "sendChatAction" for c in s), timeout=30)
                else:
                    fake.wait_for(lambda _: all(fake.calls("sendMessage", c) for c in chats), timeout=60)
                    time.sleep(1)
            finally:
                proc.send_signal(signal.SIGTERM)
                _out, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err[-2000:]
        for chat in chats:
            answers = fake.calls("sendMessage", chat)
            assert len(answers) == 1 and "责令公开道歉" in answers[0]["params"]["text"]
