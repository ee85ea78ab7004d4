"""Ingest is idempotent, atomic, single-writer, and refuses what it cannot read."""
import json
import shutil

import pytest

from knowledge.errors import IndexBusy, IndexUnavailable
from knowledge.ingest import ingest, list_documents, remove_document

REG = "---\nid: mini\ntitle: 迷你规定\nkind: regulation\n---\n\n第一条 为了测试，制定本规定。\n\n第二条 本规定所称干部，是指街道党政领导成员。\n"
PAPER = "迷你论文\n\n一、背景\n\n深圳市在行政问责方面作了探索。\n\n二、做法\n\n（一）建立制度\n\n制定了办法，明确了情形。\n"


@pytest.fixture
def files(tmp_path):
    (tmp_path / "src").mkdir()
    reg = tmp_path / "src" / "mini.md"
    reg.write_text(REG, encoding="utf-8")
    paper = tmp_path / "src" / "paper.txt"
    paper.write_text(PAPER, encoding="utf-8")
    return reg, paper


def generations(store):
    return sorted(p.name for p in store.root.glob("gen-*"))


def test_ingest_then_reingest_writes_nothing(store_factory, files):
    store = store_factory()
    first = ingest(store, list(files))
    assert sorted(first.added) == ["mini", "paper"] and first.embedded == 4
    gens = generations(store)
    again = ingest(store, list(files))
    assert again.unchanged == ["mini", "paper"] and not again.wrote and again.embedded == 0
    assert generations(store) == gens
    docs = {d["id"]: d["chunks"] for d in list_documents(store)}
    assert docs == {"mini": 2, "paper": 2}


def test_changed_document_replaces_its_chunks(store_factory, files):
    store = store_factory()
    ingest(store, list(files))
    reg, _ = files
    reg.write_text(REG.replace("街道党政领导成员", "区党政领导成员") + "\n第三条 本规定自发布之日起施行。\n", encoding="utf-8")
    report = ingest(store, [reg])
    assert report.updated == ["mini"] and report.embedded == 2 and report.reused == 1
    texts = {c.id: c.text for c in store.read_all() if c.meta["doc_id"] == "mini"}
    assert len(texts) == 3 and "区党政领导成员" in texts["mini:art2"]
    reg.write_text(REG, encoding="utf-8")
    ingest(store, [reg])
    assert {c.id for c in store.read_all() if c.meta["doc_id"] == "mini"} == {"mini:art1", "mini:art2"}


def test_bad_files_leave_the_store_as_it_was(store_factory, files, tmp_path):
    store = store_factory()
    ingest(store, list(files))
    before = generations(store)
    empty = tmp_path / "empty.md"
    empty.write_text("")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" + "第一条".encode())
    report = ingest(store, [empty, binary])
    assert [name for name, _ in report.failed] == ["empty.md", "binary.txt"]
    assert not report.wrote and generations(store) == before


def test_remove_document(store_factory, files):
    store = store_factory()
    ingest(store, list(files))
    assert remove_document(store, "paper") == 2
    assert [d["id"] for d in list_documents(store)] == ["mini"]
    with pytest.raises(Exception, match="没有编号为 nope"):
        remove_document(store, "nope")


def test_one_writer_at_a_time(store_factory, files):
    from filelock import FileLock

    store = store_factory()
    store.root.mkdir(parents=True)
    with FileLock(str(store.lock_path)):
        with pytest.raises(IndexBusy, match="另一个进程"):
            ingest(store, list(files))


def test_failed_ingest_keeps_previous_index(store_factory, files, monkeypatch):
    store = store_factory()
    ingest(store, list(files))
    reg, _ = files
    reg.write_text(REG + "\n第三条 新增。\n", encoding="utf-8")

    def boom(texts):
        raise RuntimeError("killed mid-embedding")

    monkeypatch.setattr(store.embedder, "embed_documents", boom)
    with pytest.raises(RuntimeError):
        ingest(store, [reg])
    monkeypatch.undo()
    assert len(generations(store)) == 1
    assert {c.id for c in store.read_all() if c.meta["doc_id"] == "mini"} == {"mini:art1", "mini:art2"}


def test_manifest_mismatch_refuses_to_open(store_factory, files):
    store = store_factory()
    ingest(store, list(files))
    live = store.root / (store.root / "CURRENT").read_text()
    manifest = json.loads((live / "manifest.json").read_text())
    (live / "manifest.json").write_text(json.dumps({**manifest, "embedding": "other-model"}))
    with pytest.raises(IndexUnavailable, match="请重建索引"):
        store.read_all()
    report = ingest(store, list(files), rebuild=True)
    assert sorted(report.added) == ["mini", "paper"] and len(store.read_all()) == 4


def test_corrupt_index_is_reported_not_crashed(store_factory, files):
    store = store_factory()
    ingest(store, list(files))
    live = store.root / (store.root / "CURRENT").read_text()
    shutil.rmtree(live)
    live.mkdir()
    (live / "manifest.json").write_text(json.dumps(store.manifest()))
    (live / "chroma.sqlite3").write_bytes(b"this is not a database")
    with pytest.raises(IndexUnavailable):
        store.read_all()
