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
