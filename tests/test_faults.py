"""Each fault an operator meets, scripted one at a time: the answer or the message, how long it took
(generous bounds: the machine is shared), and that nothing ingested is lost.

Chroma servers and model endpoints that never answer are sockets that accept and stay silent
(tests/fakes/silent.py); a stopped one is a port nothing listens on. Permissions are tested in a subprocess for which mode
bits hold: when the suite runs as root, root without the capabilities that override them.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import bot.storage.db
import knowledge.chroma_http
from bot.core.assistant import Assistant
from bot.fronts.cli import main
from bot.settings import Settings
from bot.storage.audit import AuditLog
from knowledge.config import KnowledgeSettings
from knowledge.errors import IndexUnavailable
from knowledge.ingest import ingest
from knowledge.store import open_store
from tests.fakes.silent import SilentServer, closed_port_url

REPO = Path(__file__).resolve().parents[1]
Q = "较大事故街道主任会受什么处理"
RULE = "对街道党政领导正职责令公开道歉"
USER_DOC = "---\nid: mini\ntitle: 迷你问责规定\nkind: regulation\n---\n\n第一条 为了测试，制定本规定。\n\n第二条 本规定所称干部，是指水务所的全体工作人员。\n"


def invoke(*args: str):
    t = time.monotonic()
    result = CliRunner().invoke(main, list(args))
    return result, time.monotonic() - t


def one_line(text: str) -> bool:
    return len(text.strip().splitlines()) == 1 and "Traceback" not in text


# ------------------------------------------------------------------ the Chroma server
@pytest.fixture
def short_chroma_timeouts(monkeypatch):
    """The client's timeouts, shortened so the suite does not wait the production 10 s."""
    monkeypatch.setattr(knowledge.chroma_http, "REQUEST_TIMEOUT", 2.0)
    monkeypatch.setattr(knowledge.chroma_http, "CONNECT_TIMEOUT", 1.0)


def test_a_silent_chroma_server_gives_the_rules_answer_with_the_notice(short_chroma_timeouts, monkeypatch):
    with SilentServer() as server:
        url = server.url
        monkeypatch.setenv("WENZE_CHROMA_URL", url)
        result, took = invoke("ask", Q)
        assert server.connections                               # it was asked, and said nothing
        health, health_took = invoke("health")
    assert result.exit_code == 0 and RULE in result.stdout
    assert f"连不上 Chroma 服务器 {url}" in result.stderr and "只按规则回答" in result.stderr
    assert took < 15                                            # one 2 s timeout, not for ever
    assert health.exit_code == 1 and "连不上 Chroma 服务器" in health.output and health_took < 15


def test_a_stopped_chroma_server_gives_the_rules_answer_with_the_notice(short_chroma_timeouts, monkeypatch):
    url = closed_port_url()
    monkeypatch.setenv("WENZE_CHROMA_URL", url)
    result, took = invoke("ask", Q)
    assert result.exit_code == 0 and RULE in result.stdout
    assert f"连不上 Chroma 服务器 {url}" in result.stderr and took < 10
    assert "暂时无法检索法规" in invoke("ask", "问责有哪几种方式")[0].stdout
    health, _ = invoke("health")
    assert health.exit_code == 1 and "请检查它是否在运行" in health.output


# ------------------------------------------------------------------ CURRENT, generations, readers
@pytest.fixture
def user_index(kb, tmp_path, monkeypatch):
    """A data folder holding the shipped sources and one document a user ingested."""
    data = tmp_path / "data"
    shutil.copytree(kb.store.settings.data_dir / "index", data / "index", ignore=shutil.ignore_patterns("*.lock"))
    doc = tmp_path / "mini.md"
    doc.write_text(USER_DOC, encoding="utf-8")
    assert ingest(open_store(KnowledgeSettings(data_dir=data)), [doc]).added == ["mini"]
    monkeypatch.setenv("WENZE_DATA_DIR", str(data))
    return data, doc


def documents(data: Path) -> set[str]:
    return {c.meta["doc_id"] for c in open_store(KnowledgeSettings(data_dir=data)).read_all()}


def gens(data: Path) -> list[str]:
    return sorted(p.name for p in (data / "index").glob("gen-*"))


@pytest.mark.parametrize("damage", ["deleted", "dangling"])
def test_a_broken_current_is_an_error_with_its_repair_and_the_repair_keeps_the_users_document(user_index, damage):
    data, doc = user_index
    before = gens(data)
    pointer = data / "index" / "CURRENT"
    if damage == "deleted":
        pointer.unlink()
    else:
        pointer.write_text("gen-that-is-gone")
    result, _ = invoke("ask", Q)
    assert result.exit_code == 0 and RULE in result.stdout                # the rules still answer
    assert "CURRENT" in result.stderr and "wenze ingest --rebuild" in result.stderr
    refused, _ = invoke("ingest")                                         # no silent rebuild from the shipped files
    assert refused.exit_code == 1 and "wenze ingest --rebuild" in refused.output
    assert gens(data) == before                                           # nothing written, nothing removed
    if damage == "dangling":
        doc.unlink()                                                      # the user's file is gone too
    repaired, _ = invoke("ingest", "--rebuild")
    assert repaired.exit_code == 0, repaired.output
    assert documents(data) == {"mini", "sz-accountability-2009", "sz-work-report-2016", "sz-admin-accountability-paper"}
    assert invoke("health")[0].exit_code == 0
    answer, _ = invoke("ask", "《迷你问责规定》第二条")
    assert "水务所的全体工作人员" in answer.stdout


def test_a_failed_repair_keeps_every_old_generation(user_index):
    data, doc = user_index
    (data / "index" / "CURRENT").unlink()
    doc.unlink()
    for db in (data / "index").glob("gen-*/chroma.sqlite3"):
        db.write_bytes(b"")                                               # no generation can give it back
    before = gens(data)
    result, _ = invoke("ingest", "--rebuild")
    assert result.exit_code == 1 and "mini" in result.output and "旧版本都已保留" in result.output
    assert set(before) <= set(gens(data))


def test_a_reader_never_writes_to_an_empty_index_file(user_index):
    data, _ = user_index
    live = data / "index" / (data / "index" / "CURRENT").read_text()
    db = live / "chroma.sqlite3"
    db.write_bytes(b"")
    os.utime(db, (1_000_000_000, 1_000_000_000))
    files = sorted(p.name for p in live.rglob("*"))
    with pytest.raises(IndexUnavailable, match="是空的"):
        open_store(KnowledgeSettings(data_dir=data)).read_all()
    result, _ = invoke("ask", Q)
    assert result.exit_code == 0 and RULE in result.stdout and "是空的" in result.stderr
    assert db.stat().st_size == 0 and db.stat().st_mtime == 1_000_000_000
    assert sorted(p.name for p in live.rglob("*")) == files


def test_a_running_assistant_answers_from_a_new_generation_on_its_next_question(user_index, kb, tmp_path):
    data, doc = user_index
    assistant = Assistant.open(Settings(data_dir=data), audit=False)
    other = tmp_path / "other.md"
    other.write_text(USER_DOC.replace("mini", "mini2").replace("迷你问责规定", "另一部测试规定")
                     .replace("水务所的全体工作人员", "园林所的全体工作人员"), encoding="utf-8")
    assert "园林所" not in assistant.answer("《另一部测试规定》第二条").text
    ingest(open_store(KnowledgeSettings(data_dir=data)), [other])        # as another process would
    assert "园林所的全体工作人员" in assistant.answer("《另一部测试规定》第二条").text


def test_an_assistant_started_without_an_index_answers_from_the_repair_on_its_next_question(user_index):
    """The same following as above, from the degraded start: a dangling CURRENT, repaired by
    another process (`wenze ingest --rebuild`), ends the rules-only mode without a restart."""
    data, _ = user_index
    (data / "index" / "CURRENT").write_text("gen-that-is-gone")
    assistant = Assistant.open(Settings(data_dir=data), audit=False)
    assert assistant.snapshot.kb.degraded
    assert "水务所" not in assistant.answer("《迷你问责规定》第二条").text
    repaired, _ = invoke("ingest", "--rebuild")
    assert repaired.exit_code == 0, repaired.output
    assert "水务所的全体工作人员" in assistant.answer("《迷你问责规定》第二条").text
    assert not assistant.snapshot.kb.degraded


def test_a_new_generation_that_does_not_open_is_tried_again_later_not_on_every_question(user_index, kb, tmp_path,
                                                                                       caplog, monkeypatch):
    data, _ = user_index
    assistant = Assistant.open(Settings(data_dir=data), audit=False)
    before = assistant.snapshot
    other = tmp_path / "other.md"
    other.write_text(USER_DOC.replace("mini", "mini2").replace("迷你问责规定", "另一部测试规定")
                     .replace("水务所的全体工作人员", "园林所的全体工作人员"), encoding="utf-8")
    ingest(open_store(KnowledgeSettings(data_dir=data)), [other])
    db = data / "index" / (data / "index" / "CURRENT").read_text() / "chroma.sqlite3"
    whole = db.read_bytes()
    db.write_bytes(b"")                                # the new generation cannot be opened for now
    with caplog.at_level("ERROR", logger="bot.core.assistant"):
        for _ in range(3):
            assert "园林所" not in assistant.answer("《另一部测试规定》第二条").text
    assert assistant.snapshot is before                # the one in hand keeps answering
    assert len([r for r in caplog.records if "not opened" in r.message]) == 1      # tried once, not per question
    db.write_bytes(whole)
    clock = time.monotonic
    monkeypatch.setattr(time, "monotonic", lambda: clock() + 61)                    # the retry is due
    assert "园林所的全体工作人员" in assistant.answer("《另一部测试规定》第二条").text


# ------------------------------------------------------------------ permissions, without root's powers
# Root writes through any mode bits, so when the suite runs as root the subprocess keeps uid 0 but
# loses the capabilities that override them (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER),
# dropped from the bounding and inheritable sets so that the exec'd python cannot regain them. It
# stays the owner of the checkout, the venv and the test's folders, so it reads them wherever they
# live (a private clone, a private venv), while a folder or file without its write bit is read-only
# to it as to anyone. As another user, the suite runs the subprocess as itself: mode bits apply.
ROOT_POWERS = "-dac_override,-dac_read_search,-fowner"


def powerless(command: list[str]) -> list[str]:
    """`command`, prefixed so that mode bits hold for it even when we are root."""
    if os.getuid() != 0:
        return command
    return ["setpriv", f"--bounding-set={ROOT_POWERS}", f"--inh-caps={ROOT_POWERS}", *command]


def without_root_powers(args: list[str], env: dict) -> subprocess.CompletedProcess:
    """`wenze ARGS` in a subprocess for which mode bits hold."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "ANONYMIZED_TELEMETRY": "False", **env}
    return subprocess.run(powerless([sys.executable, "-m", "bot.fronts.cli", *args]), env=env, capture_output=True,
                          text=True, timeout=120, cwd="/")


def read_only(path: Path) -> None:
    """`path` and everything under it without write bits (0555 folders, 0444 files)."""
    for p in [path, *path.rglob("*")]:
        p.chmod(0o555 if p.is_dir() else 0o444)


def test_without_root_powers_a_read_only_folder_cannot_be_written(tmp_path):
    """The premise of the tests below: the subprocess really is denied what the modes deny."""
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro" / "f").write_text("x")
    read_only(tmp_path / "ro")
    script = ("import pathlib, sys\n"
              "for target in ('f', 'new'):\n"
              "    try: pathlib.Path(sys.argv[1], target).write_text('y')\n"
              "    except PermissionError: print('denied', target)\n")
    done = subprocess.run(powerless([sys.executable, "-c", script, str(tmp_path / "ro")]),
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.split("\n")[:2] == ["denied f", "denied new"], done.stdout + done.stderr
    assert (tmp_path / "ro" / "f").read_text() == "x" and not (tmp_path / "ro" / "new").exists()


def test_a_data_folder_that_is_a_file_gets_one_line(tmp_path, monkeypatch):
    afile = tmp_path / "data"
    afile.write_text("not a folder")
    monkeypatch.setenv("WENZE_DATA_DIR", str(afile))
    for args in (["ask", Q], ["ingest"], ["health"]):
        result, _ = invoke(*args)
        assert result.exit_code == 1 and one_line(result.output) and "是一个文件" in result.output


def test_a_data_folder_that_cannot_be_written_gets_one_line(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    read_only(data)
    done = without_root_powers(["ask", Q], {"WENZE_DATA_DIR": str(data), "HOME": str(tmp_path)})
    assert done.returncode == 1 and one_line(done.stderr) and "不可写" in done.stderr, done.stderr


def test_a_read_only_index_answers_and_its_rebuild_says_why_not(kb, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(kb.store.settings.data_dir / "index", data / "index", ignore=shutil.ignore_patterns("*.lock"))
    read_only(data / "index")                        # the data folder itself stays writable
    env = {"WENZE_DATA_DIR": str(data), "HOME": str(tmp_path), "WENZE_AUDIT_KEY": "k" * 32}
    asked = without_root_powers(["ask", Q], env)
    assert asked.returncode == 0 and RULE in asked.stdout and "Traceback" not in asked.stderr, asked.stderr
    if "警告" in asked.stderr:                       # chromadb could not open it read-only: the real cause
        assert "权限" in asked.stderr and "请重建索引" not in asked.stderr
    rebuilt = without_root_powers(["ingest", "--rebuild"], env)
    assert rebuilt.returncode == 1 and "Traceback" not in rebuilt.stderr
    assert "无法写入索引文件夹" in rebuilt.stderr and "权限" in rebuilt.stderr


# ------------------------------------------------------------------ the audit database
@pytest.fixture
def audited(kb, tmp_path, monkeypatch):
    """A data folder with the session index and an audit database holding some answers."""
    data = tmp_path / "data"
    shutil.copytree(kb.store.settings.data_dir / "index", data / "index", ignore=shutil.ignore_patterns("*.lock"))
    monkeypatch.setenv("WENZE_DATA_DIR", str(data))
    assert invoke("health")[0].exit_code == 0
    return data


def test_a_read_only_audit_database_fails_health_and_says_so(audited, tmp_path):
    for part in audited.glob("wenze.db*"):             # the file and its journal; the index and the folder are fine
        part.chmod(0o444)
    env = {"WENZE_DATA_DIR": str(audited), "HOME": str(tmp_path), "WENZE_AUDIT_KEY": "k" * 32}
    t = time.monotonic()
    done = without_root_powers(["health"], env)
    assert done.returncode == 1 and "只读" in done.stderr and one_line(done.stderr), done.stderr
    assert time.monotonic() - t < 60
    asked = without_root_powers(["ask", Q], env)           # the user still gets the answer
    assert asked.returncode == 0 and RULE in asked.stdout


def test_an_audit_database_of_a_newer_version_fails_health_and_says_so(audited):
    """A replica rolled back to an older wenze on a database a newer one migrated: the version
    mismatch is named, and questions are still answered (unrecorded, logged)."""
    with sqlite3.connect(audited / "wenze.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe'")
    result, _ = invoke("health")
    assert result.exit_code == 1 and one_line(result.output), result.output
    assert "f00dcafe" in result.output and "升级" in result.output and "CommandError" not in result.output
    result, _ = invoke("ask", Q)
    assert result.exit_code == 0 and RULE in result.output


def test_migration_scripts_that_cannot_be_found_fail_health_and_say_so(audited, monkeypatch, tmp_path):
    """An install whose migration folder this user cannot reach (Alembic tests it with the real
    uid): health names the folder, and questions are still answered."""
    monkeypatch.setattr(bot.storage.db, "MIGRATIONS", tmp_path / "missing")
    result, _ = invoke("health")
    assert result.exit_code == 1 and one_line(result.output), result.output
    assert "迁移脚本" in result.output and str(tmp_path / "missing") in result.output
    result, _ = invoke("ask", Q)
    assert result.exit_code == 0 and RULE in result.output


def test_a_damaged_page_fails_health_and_says_so(audited):
    assistant = Assistant.open(Settings(data_dir=audited))
    for i in range(60):
        assistant.answer(f"较大事故街道主任会受什么处理（第 {i} 次）")
    assistant.audit.engine.dispose()
    assistant.audit._quick.dispose()
    db = audited / "wenze.db"
    page = 4096
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(db.read_bytes())
    assert len(raw) > 8 * page
    raw[5 * page:6 * page] = b"\xff" * page                # one page in the middle of the answers
    db.write_bytes(bytes(raw))
    result, _ = invoke("health")
    assert result.exit_code == 1 and "损坏" in result.output and one_line(result.output)
    asked, _ = invoke("ask", Q)
    assert asked.exit_code == 0 and RULE in asked.stdout


def test_a_locked_audit_database_costs_no_wait_per_answer_and_loses_nothing(audited, monkeypatch):
    import bot.storage.audit as audit_module

    assistant = Assistant.open(Settings(data_dir=audited))
    assistant.answer(Q)                                    # warm
    holder = sqlite3.connect(audited / "wenze.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")                      # another process holds the write lock
    try:
        t = time.monotonic()
        got = [assistant.answer(Q) for _ in range(5)]
        took = time.monotonic() - t
        assert all(RULE in a.text for a in got) and all(a.audit_id is None for a in got)
        assert took < 5                                    # not 5 × SQLite's 5 s busy timeout
        health, health_took = invoke("health")
        assert health.exit_code == 1 and "锁住" in health.output and health_took < 30
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    monkeypatch.setattr(audit_module, "PAUSE_SECONDS", 0.0)
    assistant.audit._paused_until = 0.0
    assert assistant.answer(Q).audit_id is not None      # the database is back: the held five go in with it
    assert len(list(assistant.audit.rows())) == 1 + 5 + 1
    assert invoke("health")[0].exit_code == 0


# ------------------------------------------------------------------ the model endpoint
def test_a_silent_model_costs_one_deadline_then_is_paused(snapshot, tmp_path):
    from bot.core.llm import ModelDrafter

    with SilentServer() as server:
        settings = Settings(data_dir=tmp_path, llm_url=server.url + "/v1", llm_model="m", answer_deadline=10.0)
        assert settings.llm_timeout == 20                 # the default: the deadline, not this, bounds the wait
        assistant = Assistant(settings, snapshot, drafter=ModelDrafter(settings))
        t = time.monotonic()
        first = assistant.answer(Q)
        first_took = time.monotonic() - t
        assert first.source == "rules" and RULE in first.text and "Timeout" in first.rejected[0]["problems"][0]
        assert first_took < 10 + 5                         # the deadline, once (not 2 × 20 s)
        asked = len(server.connections)
        assert asked >= 1
        t = time.monotonic()
        batch = [assistant.answer(Q) for _ in range(5)]
        assert time.monotonic() - t < 15                   # a batch does not pay it again (5 × 10 s)
        assert all(a.source == "rules" and "paused" in a.rejected[0]["problems"][0] for a in batch)
        assert len(server.connections) == asked            # and the model was not asked again
