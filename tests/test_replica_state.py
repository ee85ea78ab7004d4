"""What any replica needs to answer any update lives in the SQL database: two Assistants (two bot
processes) on one database continue each other's conversations, and two bots claim an update once."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core.assistant import Assistant
from bot.settings import Settings
from bot.storage.audit import AuditLog
from bot.storage.db import conversations, open_engine
from bot.storage.state import BotState


@pytest.fixture
def two_assistants(snapshot, tmp_path):
    """Two replicas: their own data folders, one database and one audit key."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    made = []
    for name in ("a", "b"):
        settings = Settings(data_dir=tmp_path / name, database_url=url, audit_key="k" * 32)
        made.append(Assistant(settings, snapshot, audit=AuditLog.open(settings)))
    return made


def test_a_follow_up_answered_by_another_replica_keeps_its_context(two_assistants):
    a, b = two_assistants
    first = a.answer("较大事故街道主任会受什么处理", conversation="42:42", channel="telegram", user=42)
    assert "责令公开道歉" in first.text
    follow = b.answer("那重大事故呢？", conversation="42:42", channel="telegram", user=42)
    assert follow.body.lead.endswith("对街道党政领导正职停职检查。")
    alone = b.answer("那重大事故呢？", conversation="43:43", channel="telegram", user=43)
    assert "区党政领导分管副职" in alone.body.lead           # another conversation: the whole row


def test_a_missing_fact_reply_is_understood_by_another_replica(two_assistants):
    a, b = two_assistants
    asked = a.answer("街道主任出了事故会怎样", conversation="7:7")
    assert asked.options and asked.options[1]["value"] == "重大"
    assert b.answer("2", conversation="7:7").body.lead.endswith("对街道党政领导正职停职检查。")
    b.conversations.forget("7:7")                            # /new on either replica
    assert "停职检查" not in (a.answer("2", conversation="7:7").body.lead or "")


def test_conversation_keys_are_stored_as_keyed_hashes_and_expire(two_assistants, monkeypatch):
    a, b = two_assistants
    a.answer("较大事故街道主任会受什么处理", conversation="4242:4242")
    with a.audit.engine.connect() as c:
        keys = list(c.execute(conversations.select().with_only_columns(conversations.c.key_hash)).scalars())
    assert keys and all("4242" not in k for k in keys)
    import time

    later = time.time() + 3601
    monkeypatch.setattr(time, "time", lambda: later)
    assert "区党政领导分管副职" in b.answer("那重大事故呢？", conversation="4242:4242").body.lead


def _run(state: BotState, run_id: str) -> str:
    state.heartbeat(run_id)
    return run_id


def test_an_update_delivered_to_two_replicas_is_claimed_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'inbox.db'}"
    a, b = BotState(open_engine(url), exclusive=False), BotState(open_engine(url), exclusive=False)
    ra, rb = _run(a, "run-a"), _run(b, "run-b")
    payload = {"update_id": 5}
    assert a.receive(5, payload, ra)
    assert not b.receive(5, payload, rb)                   # a live replica holds it
    assert not a.receive(5, payload, ra)
    assert b.unfinished(rb) == []                          # nor is it an orphan
    a.handled(5)
    assert not b.receive(5, payload, rb)


def test_the_claims_of_a_replica_that_died_are_taken_over_once(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'inbox.db'}"
    a, b = BotState(open_engine(url), exclusive=False), BotState(open_engine(url), exclusive=False)
    _run(a, "run-a")
    assert a.receive(9, {"update_id": 9}, "run-a")
    monkeypatch.setattr(BotState, "STALE", timedelta(seconds=-1))      # run-a's heartbeat is now too old
    _run(b, "run-b")
    assert b.unfinished("run-b") == [{"update_id": 9}]
    assert b.receive(9, {"update_id": 9}, "run-b")
    assert not b.receive(9, {"update_id": 9}, "run-b")
    assert b.unfinished("run-b") == []


def test_a_run_that_stopped_cleanly_leaves_its_claims_at_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'inbox.db'}"
    a, b = BotState(open_engine(url), exclusive=False), BotState(open_engine(url), exclusive=False)
    _run(a, "run-a"), _run(b, "run-b")
    assert a.receive(3, {"update_id": 3}, "run-a")
    assert b.unfinished("run-b") == []
    a.stopped("run-a")
    assert b.unfinished("run-b") == [{"update_id": 3}]


def test_a_vote_whose_poll_is_stored_while_it_is_tried_is_kept(tmp_path, monkeypatch):
    """A vote that arrives as the poll's row is being written (by this replica or another): the try
    finds no poll, the row lands just after it. The vote is tried again and kept, not taken for a
    duplicate because the poll is found by a later look (tests/test_replicas.py lost one so under load)."""
    import asyncio
    from types import SimpleNamespace

    from bot.telegram.handlers import drills as handlers
    from bot.views.drills import QuizQuestion

    pause = asyncio.sleep
    monkeypatch.setattr(asyncio, "sleep", lambda _: pause(0))     # the handler's waits between tries
    state = BotState(open_engine(f"sqlite:///{tmp_path / 'shared.db'}"), exclusive=False)
    question = QuizQuestion(question="问责方式有哪些？", options=["甲", "乙"], correct=1, explanation="见第十条。")
    drill = state.start_drill(7, [question], "u", None)
    tried = state.record_answer

    def row_written_during_the_try(*args):
        got = tried(*args)
        if not state.has_poll("p1"):
            state.add_poll("p1", drill.id, 0, 7, 1)          # the other replica's write, just after the look
        return got

    monkeypatch.setattr(state, "record_answer", row_written_during_the_try)
    context = SimpleNamespace(application=SimpleNamespace(bot_data={
        "services": SimpleNamespace(state=state, user_hash=lambda uid: f"h{uid}")}))
    update = SimpleNamespace(poll_answer=SimpleNamespace(poll_id="p1", option_ids=[1],
                                                         user=SimpleNamespace(id=5, full_name="张三")))
    asyncio.run(handlers.on_poll_answer(update, context))
    assert [(a["user_hash"], a["correct"]) for a in state.drill_poll_answers(drill.id)] == [("h5", True)]
    assert context.application.bot_data["votes_in_flight"] == 0
    asyncio.run(handlers.on_poll_answer(update, context))     # the same vote again: still one
    assert len(state.drill_poll_answers(drill.id)) == 1
