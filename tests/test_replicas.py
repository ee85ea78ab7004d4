"""Two `wenze bot --webhook` replicas on one PostgreSQL and one Chroma server (all started here, on
127.0.0.1), updates posted alternately to both with the secret header, as a load balancer in front
of them would: conversations, missing-fact replies, drills, roles and question budgets carry over
from one replica to the other; an update delivered to both is answered once; an ingest while they
serve switches them to the new index; one replica killed with SIGKILL and the other answers the
rest. Every update is answered exactly once."""
from __future__ import annotations

import itertools
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine

from bot.settings import TelegramSettings
from bot.storage.state import BotState
from bot.telegram import texts
from bot.telegram.app import _webhook_secret
from knowledge import served
from knowledge.config import KnowledgeSettings
from knowledge.ingest import ingest
from knowledge.store import open_store
from tests import postgres
from tests.chroma import chroma_server
from tests.fakes.telegram_server import TOKEN, FakeTelegram

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not postgres.available(), reason="PostgreSQL (initdb, pg_ctl) is not installed")]
WENZE = shutil.which("wenze") or str(Path(sys.executable).with_name("wenze"))
PER_MINUTE = 4


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Replicas:
    """The fake Bot API server and the replicas' webhook addresses; posts updates as Telegram does."""

    def __init__(self, fake: FakeTelegram, ports: dict[str, int]) -> None:
        self.fake = fake
        self.ports = ports
        self.secret = _webhook_secret(TelegramSettings(token=TOKEN))
        self.ids = itertools.count(1)
        self.delivered: dict[str, list[int]] = {name: [] for name in ports}

    def post(self, replica: str, update: dict) -> None:
        """Deliver to `replica`; when it is down, to another one (the load balancer's retry)."""
        for name in [replica] + [n for n in self.ports if n != replica]:
            try:
                r = httpx.post(f"http://127.0.0.1:{self.ports[name]}/telegram", json=update, timeout=10,
                               headers={"X-Telegram-Bot-Api-Secret-Token": self.secret})
            except httpx.TransportError:
                continue
            assert r.status_code == 200
            self.delivered[name].append(update["update_id"])
            return
        raise AssertionError("no replica took the update")

    def message(self, chat: int, text: str) -> dict:
        return {"update_id": next(self.ids), "message": self.fake.message_update(chat, chat, text)}

    def say(self, replica: str, chat: int, text: str, expect: str = "sendMessage") -> dict:
        before = len(self.fake.calls(expect, chat))
        self.post(replica, self.message(chat, text))
        return self.fake.wait_sent(expect, chat, count=before + 1, timeout=60)[-1]

    def press(self, replica: str, chat: int, data: str, expect: str = "sendMessage") -> dict:
        before = len(self.fake.calls(expect, chat))
        self.post(replica, {"update_id": next(self.ids), "callback_query": {
            "id": str(next(self.ids)), "from": self.fake.user(chat), "chat_instance": str(chat), "data": data,
            "message": self.fake._message(chat, text="…")}})
        return self.fake.wait_sent(expect, chat, count=before + 1, timeout=60)[-1]

    def vote(self, replica: str, chat: int, poll_id: str, option: int) -> None:
        self.post(replica, {"update_id": next(self.ids), "poll_answer": {
            "poll_id": poll_id, "user": self.fake.user(chat), "option_ids": [option],
            "option_persistent_ids": [f"o{option}"]}})


def _first_line(call: dict) -> str:
    return call["params"]["text"].split("\n")[0]


@pytest.fixture(scope="module")
def backends(tmp_path_factory, kb, session_data_dir):
    """PostgreSQL, and a Chroma server holding the session's index (its vectors copied, not
    re-embedded) as one generation."""
    base = tmp_path_factory.mktemp("replicas")
    with postgres.postgres_server(base / "pg") as db_url, chroma_server(base / "chroma") as chroma_url:
        _, source = open_store(KnowledgeSettings(data_dir=session_data_dir)).open_collection()
        server = open_store(KnowledgeSettings(data_dir=base / "ingest", chroma_url=chroma_url))
        with server.writer(rebuild=True) as col:
            served.copy(source, col)
        yield db_url, chroma_url, base


def test_two_webhook_replicas_answer_any_update_once(backends, tmp_path):
    db_url, chroma_url, base = backends
    with FakeTelegram() as fake:
        ports = {"a": _free_port(), "b": _free_port()}
        procs: dict[str, subprocess.Popen] = {}
        for name, port in ports.items():
            env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "WENZE_TELEGRAM_API_URL": fake.base_url,
                   "WENZE_DATA_DIR": str(tmp_path / name),            # as on two machines: nothing shared here
                   "WENZE_DATABASE_URL": db_url, "WENZE_CHROMA_URL": chroma_url,
                   "WENZE_AUDIT_KEY": "replicas-share-this-key-0123456789",
                   "WENZE_TELEGRAM_WEBHOOK_URL": "https://bot.example.org",
                   "WENZE_TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1", "WENZE_TELEGRAM_WEBHOOK_PORT": str(port),
                   "WENZE_TELEGRAM_QUESTIONS_PER_MINUTE": str(PER_MINUTE), "ANONYMIZED_TELEMETRY": "False"}
            procs[name] = subprocess.Popen([WENZE, "bot", "--webhook"], env=env, stdout=subprocess.DEVNULL,
                                           stderr=subprocess.PIPE, text=True)
        r = Replicas(fake, ports)
        try:
            try:
                fake.wait_for(lambda sent: sum(c["method"] == "setWebhook" for c in sent) >= 2, timeout=120)
            except TimeoutError:
                dead = {n: p.communicate(timeout=5)[1][-3000:] for n, p in procs.items() if p.poll() is not None}
                raise AssertionError(f"a replica did not start: {dead}") from None
            assert fake.webhook["url"] == "https://bot.example.org/telegram"
            assert fake.webhook["secret_token"] == r.secret       # both replicas expect the same header
            for port in ports.values():                           # both listening
                deadline = time.time() + 30
                while socket.socket().connect_ex(("127.0.0.1", port)) != 0:
                    assert time.time() < deadline
                    time.sleep(0.2)
            assert httpx.post(f"http://127.0.0.1:{ports['a']}/telegram", json=r.message(9100, "第十四条"),
                              headers={"X-Telegram-Bot-Api-Secret-Token": "guess"}).status_code == 403
            expected: dict[int, int] = {}                         # chat -> sendMessage calls it must get

            # a follow-up answered by the other replica keeps its context
            first = r.say("a", 9101, "较大事故街道主任会受什么处理")
            assert "责令公开道歉" in _first_line(first)
            assert _first_line(r.say("b", 9101, "那重大事故呢？")).endswith("对街道党政领导正职停职检查。")
            expected[9101] = 2

            # a missing-fact question asked by one replica, the reply understood by the other
            asked = r.say("a", 9102, "街道主任出了事故会怎样")
            values = [row[0]["callback_data"] for row in asked["params"]["reply_markup"]["inline_keyboard"]]
            assert "opt:重大" in values
            assert _first_line(r.say("b", 9102, "2")).endswith("对街道党政领导正职停职检查。")
            assert _first_line(r.press("a", 9102, "opt:较大")) == _first_line(first)   # a button, the same way
            expected[9102] = 3

            # a role chosen on one replica, the help on the other
            r.say("b", 9103, "/start")
            r.press("a", 9103, "role:citizen", expect="editMessageText")
            assert "/complaint" in r.say("b", 9103, "/help")["params"]["text"]
            expected[9103] = 2

            # a drill continues across replicas: question on a, vote on b, next on b, vote on a, results on a
            shared = BotState(create_engine(db_url), exclusive=False)
            r.say("a", 9104, "/drill 2 召集", expect="sendPoll")
            for i, (vote_on, next_on) in enumerate([("b", "b"), ("a", "a")]):
                poll = fake.calls("sendPoll", 9104)[i]
                r.vote(vote_on, 9104, poll["result"]["poll"]["id"], poll["params"]["correct_option_ids"][0])
                # a replica answers a webhook before it handles the update, and handles updates
                # concurrently: the vote is stored before "next" is pressed, as a user's would be
                drill = shared.latest_drill(9104)
                deadline = time.time() + 60
                while len(shared.drill_poll_answers(drill.id)) < i + 1:
                    assert time.time() < deadline, "the vote was never stored"
                    time.sleep(0.1)
                button = poll["params"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
                r.press(next_on, 9104, button, expect="sendPoll" if i == 0 else "sendMessage")
            assert "练习结束，共 2 题" in fake.calls("sendMessage", 9104)[-1]["params"]["text"]
            assert "答对 2 / 2" in r.say("b", 9104, "/score")["params"]["text"]
            expected[9104] = 3                                    # 开始练习, the results, the score

            # one budget per user, whichever replica answers
            for i in range(PER_MINUTE + 2):
                r.post("ab"[i % 2], r.message(9105, f"第{i + 1}条"))
            fake.wait_sent("sendMessage", 9105, count=PER_MINUTE + 2, timeout=60)
            replies = [c["params"]["text"] for c in fake.calls("sendMessage", 9105)]
            assert sum(t == texts.TOO_FAST.format(n=PER_MINUTE) for t in replies) == 2
            expected[9105] = PER_MINUTE + 2

            # one update delivered to both replicas at once is answered once
            for _ in range(3):
                twice = r.message(9106, "较大事故街道主任会受什么处理")
                threads = [threading.Thread(target=r.post, args=(name, twice)) for name in ports]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
            expected[9106] = 3

            # an ingest while they serve: the next question is answered from the new generation
            note = tmp_path / "drill-note.md"
            note.write_text("演练须知\n\n第一条 本须知适用于问责知识演练。\n\n第二条 演练结束后由培训师统一讲评。\n",
                            encoding="utf-8")
            live = open_store(KnowledgeSettings(data_dir=base / "ingest", chroma_url=chroma_url))
            old = live.generation()
            assert ingest(live, [note]).added == ["drill-note"] and live.generation() != old
            r.say("b", 9107, "第十四条")
            assert "演练须知" in r.say("b", 9107, "/sources")["params"]["text"]
            expected[9107] = 2

            # one replica killed mid-stream: the other answers everything after it
            procs["a"].send_signal(signal.SIGKILL)
            procs["a"].wait(30)
            for i, chat in enumerate(range(9110, 9116)):
                r.post("ab"[i % 2], r.message(chat, "较大事故街道主任会受什么处理"))
                expected[chat] = 1
            for chat in range(9110, 9116):
                [answer] = fake.wait_sent("sendMessage", chat, timeout=60)
                assert "责令公开道歉" in _first_line(answer)
            assert r.delivered["a"][-1] < min(r.delivered["b"][-3:])    # a took nothing after the kill

            time.sleep(2)                                        # anything sent twice would show by now
            for chat, n in expected.items():
                assert len(fake.calls("sendMessage", chat)) == n, (chat, [c["params"]["text"][:40]
                                                                         for c in fake.calls("sendMessage", chat)])
            assert len(fake.calls("sendPoll", 9104)) == 2
        finally:
            for proc in procs.values():
                if proc.poll() is None:
                    proc.send_signal(signal.SIGTERM)
            errs = {name: proc.communicate(timeout=60)[1] for name, proc in procs.items()}
        assert procs["b"].returncode == 0, errs["b"][-3000:]
        assert "Traceback" not in errs["b"], errs["b"][-3000:]
