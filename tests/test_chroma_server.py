"""The same store against a real `chroma run` server on 127.0.0.1."""
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from knowledge.ingest import ingest, list_documents
from knowledge.retrieval import KnowledgeBase

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    exe = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    port = _free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen([exe, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("chroma server did not start")
    yield url
    proc.terminate()
    proc.wait(10)


def test_http_client_mode(store_factory, chroma_url, tmp_path):
    doc = tmp_path / "mini.md"
    doc.write_text("迷你规定\n\n第一条 为了测试，制定本规定。\n\n第二条 较大事故后街道党政领导正职责令公开道歉。\n",
                   encoding="utf-8")
    store = store_factory(chroma_url=chroma_url, collection="served")
    assert not store.exists()
    report = ingest(store, [doc])
    assert report.added == ["mini"]
    assert store.exists() and not (store.root / "CURRENT").exists()
    again = ingest(store, [doc])
    assert not again.wrote
    assert list_documents(store)[0]["chunks"] == 2
    kb = KnowledgeBase(store)
    result = kb.search("第二条")
    assert result.passages[0].article == 2
    assert kb.search("较大事故街道正职要道歉吗").passages[0].article == 2


def _mini(path: Path, second: str) -> Path:
    path.write_text(f"迷你规定\n\n第一条 为了测试，制定本规定。\n\n第二条 {second}\n", encoding="utf-8")
    return path


def _collections(store) -> set[str]:
    return {c.name for c in store._client(None).list_collections()}


def test_an_ingest_builds_a_new_collection_and_switches_the_pointer(store_factory, chroma_url, tmp_path):
    """Readers never see a half-written index: each ingest writes a new collection, the pointer
    moves when it is complete, a reader that opened the old one keeps answering from it, and the
    generations before the previous one are removed."""
    doc = _mini(tmp_path / "mini.md", "较大事故后街道党政领导正职责令公开道歉。")
    store = store_factory(chroma_url=chroma_url, collection="gens")
    ingest(store, [doc])
    first = store.generation()
    assert first.startswith("gens-gen-") and _collections(store) >= {first, "gens-current"}
    reader = KnowledgeBase(store)
    assert reader.generation == first

    _mini(doc, "重大事故后街道党政领导正职停职检查。")
    report = ingest(store, [doc])
    assert report.updated == ["mini"] and report.reused == 1 and report.embedded == 1
    second = store.generation()
    assert second != first
    assert "公开道歉" in reader.search("第二条").passages[0].text      # the old reader: its own generation
    assert "停职检查" in KnowledgeBase(store).search("第二条").passages[0].text

    _mini(doc, "一般事故后街道党政领导正职作出书面检查。")
    ingest(store, [doc])
    third = store.generation()
    assert {c for c in _collections(store) if c.startswith("gens")} == {second, third, "gens-current"}


def test_a_failed_ingest_leaves_the_live_collection_and_no_other(store_factory, chroma_url, tmp_path):
    doc = _mini(tmp_path / "mini.md", "较大事故后街道党政领导正职责令公开道歉。")
    store = store_factory(chroma_url=chroma_url, collection="failing")
    ingest(store, [doc])
    live = store.generation()
    with pytest.raises(RuntimeError):
        with store.writer() as col:
            col.delete(ids=[c.id for c in store.read_all()])
            raise RuntimeError("killed half way")
    assert store.generation() == live and len(store.read_all()) == 2
    assert {c for c in _collections(store) if c.startswith("failing")} == {live, "failing-current"}


def test_an_index_built_before_generations_stays_readable_and_is_replaced(store_factory, chroma_url, tmp_path):
    """A collection named as the setting (the layout before generations) is read as the live one;
    ingests switch away from it and it is removed with the generation after."""
    store = store_factory(chroma_url=chroma_url, collection="legacy")
    client = store._client(None)
    old = store._collection(client, create=True)           # the old layout: data in "legacy" itself
    old.add(ids=["x"], embeddings=[[0.1] * 384], documents=["旧"],
            metadatas=[{"doc_id": "old", "doc_hash": "h", "content_hash": "c"}])
    assert store.generation() == "legacy" and [c.id for c in store.read_all()] == ["x"]
    doc = _mini(tmp_path / "mini.md", "较大事故后街道党政领导正职责令公开道歉。")
    ingest(store, [doc])
    ingest(store, [_mini(doc, "重大事故后街道党政领导正职停职检查。")])
    assert "legacy" not in _collections(store)
    assert {c.meta["doc_id"] for c in store.read_all()} == {"old", "mini"}


def test_the_assistant_answers_from_the_new_generation_on_its_next_question(store_factory, chroma_url, tmp_path,
                                                                            book):
    from bot.core.assistant import Assistant
    from bot.core.snapshot import Snapshot
    from bot.settings import Settings

    doc = _mini(tmp_path / "mini.md", "较大事故后街道党政领导正职责令公开道歉。")
    store = store_factory(chroma_url=chroma_url, collection="follow")
    ingest(store, [doc])
    assistant = Assistant(Settings(data_dir=tmp_path / "a"), Snapshot.of(KnowledgeBase(store), book))
    before = assistant.snapshot
    assistant.answer("第十四条")
    assert assistant.snapshot is before                    # nothing switched: the same snapshot
    ingest(store_factory(chroma_url=chroma_url, collection="follow"), [_mini(doc, "重大事故后停职检查。")])
    assistant.answer("第十四条")
    assert assistant.snapshot is not before and assistant.snapshot.kb.generation == store.generation()
    assert "停职检查" in assistant.snapshot.kb.article(2, "mini").text
