"""The Assistant owns its index, rules, audit log and conversations: two live side by side in one
process without touching each other, a reload swaps index and rules together, and a data folder
given in the settings holds everything."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.core.assistant import Assistant
from bot.settings import Settings
from knowledge.ingest import ingest
from knowledge.store import open_store
from rules.errors import RulesError
from tests.conftest import rule_folder

Q = "较大事故街道主任会受什么处理"
HEAD = {"街道党政领导正职": ["责令公开道歉"]}             # the shipped vocabulary: 街道主任 is the 正职
DEPUTY = {"街道党政领导分管副职": ["停职检查"]}           # the changed one: 街道主任 is the 分管副职


def mini_regulation(name: str, place: str) -> str:
    return (f"---\nid: mini-{name}\ntitle: {place}问责测试规定\nkind: regulation\n---\n\n"
            f"第一条 为了测试，制定本规定。\n\n第二条 本规定所称干部，是指{place}街道党政领导成员。\n")


def small_index(data_dir: Path, name: str, place: str) -> Settings:
    """A data folder with an index of one small document of its own."""
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    src = data_dir.parent / f"{name}.md"
    src.write_text(mini_regulation(name, place), encoding="utf-8")
    settings = Settings(data_dir=data_dir)
    assert ingest(open_store(settings.knowledge), [src]).added == [f"mini-{name}"]
    return settings


@pytest.fixture
def two(tmp_path):
    """Two Assistants: different data folders, indexes and rule books."""
    first = Assistant.open(small_index(tmp_path / "a" / "data", "a", "甲"), rules=rule_folder(tmp_path / "a" / "rules"))
    second = Assistant.open(small_index(tmp_path / "b" / "data", "b", "乙"),
                            rules=rule_folder(tmp_path / "b" / "rules", street_head_is_deputy=True))
    return first, second


def test_two_assistants_answer_in_interleaved_threads_without_interference(two):
    first, second = two
    jobs = [(who, q) for _ in range(6) for who in (first, second) for q in (Q, "第二条")]
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda job: (job[0], job[1], job[0].answer(job[1])), jobs))
    for who, q, a in answers:
        assert a.check.passed, (q, a.check.problems)
        if q == Q:      # each reads the question with its own vocabulary, and checks with it
            assert a.source == "rules" and a.decision["measures"] == (HEAD if who is first else DEPUTY)
        else:           # each quotes its own index
            mine, theirs = ("甲", "乙") if who is first else ("乙", "甲")
            assert f"{mine}街道党政领导成员" in a.text and theirs not in a.text
    assert first.snapshot.kb.titles == {"mini-a": "甲问责测试规定"}
    assert second.snapshot.kb.titles == {"mini-b": "乙问责测试规定"}
    # one conversation id in both: each remembers its own reading of the first question
    for who in (first, second):
        who.answer(Q, conversation="c")
    assert first.answer("那重大事故呢？", conversation="c").decision["measures"] == {"街道党政领导正职": ["停职检查"]}
    assert second.answer("那重大事故呢？", conversation="c").decision["measures"] == {"街道党政领导分管副职": ["免职"]}


def test_open_puts_the_database_and_the_index_in_the_given_data_folder(tmp_path, monkeypatch):
    elsewhere = tmp_path / "from-the-environment"
    monkeypatch.setenv("WENZE_DATA_DIR", str(elsewhere))
    here = tmp_path / "given"
    settings = small_index(here, "a", "甲")
    assistant = Assistant.open(settings)
    assert assistant.snapshot.kb.store.root == here / "index" and (here / "index" / "CURRENT").is_file()
    assert assistant.snapshot.kb.titles == {"mini-a": "甲问责测试规定"}        # this folder's index, not another
    a = assistant.answer("第二条", channel="test")
    assert a.audit_id is not None and (here / "wenze.db").is_file() and (here / "audit.key").is_file()
    assert not elsewhere.exists()


def test_a_reload_swaps_rules_and_index_at_once_and_an_answer_in_flight_keeps_the_old(
        session_data_dir, kb, tmp_path, monkeypatch):
    rules = rule_folder(tmp_path / "rules")
    assistant = Assistant.open(Settings(data_dir=session_data_dir), audit=False, rules=rules)
    old = assistant.snapshot
    assert assistant.answer(Q).decision["measures"] == HEAD

    # hold an answer after it took its snapshot, mid-retrieval
    searching, go_on = threading.Event(), threading.Event()
    search = old.kb.search

    def held(query, k=5):
        searching.set()
        assert go_on.wait(60)
        return search(query, k)

    monkeypatch.setattr(old.kb, "search", held)
    with ThreadPoolExecutor(max_workers=1) as pool:
        in_flight = pool.submit(assistant.answer, Q)
        assert searching.wait(60)
        rule_folder(rules, street_head_is_deputy=True)             # the admin edits the vocabulary
        report = assistant.reload()
        assert "已重新载入" in report and "未变 3" in report
        new = assistant.snapshot
        assert new is not old and new.book is not old.book and new.kb is not old.kb
        assert assistant.answer(Q).decision["measures"] == DEPUTY      # new answers: the new rules
        go_on.set()
        held_answer = in_flight.result(timeout=120)
    assert held_answer.decision["measures"] == HEAD and held_answer.check.passed   # the old snapshot, whole
    assert assistant.snapshot is new


def test_a_failed_reload_leaves_the_running_snapshot(session_data_dir, kb, tmp_path):
    rules = rule_folder(tmp_path / "rules")
    assistant = Assistant.open(Settings(data_dir=session_data_dir), audit=False, rules=rules)
    before = assistant.snapshot
    (rules / "vocabulary.yaml").write_text("roles: {}\n", encoding="utf-8")
    with pytest.raises(RulesError):
        assistant.reload()
    assert assistant.snapshot is before and assistant.answer(Q).decision["measures"] == HEAD
