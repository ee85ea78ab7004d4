"""From a fresh data folder, as a user runs it: the installed `wenze` command in a subprocess."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

WENZE = shutil.which("wenze") or str(Path(sys.executable).with_name("wenze"))


def wenze(*args: str, data: Path, input: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "WENZE_DATA_DIR": str(data), "ANONYMIZED_TELEMETRY": "False"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    return subprocess.run([WENZE, *args], input=input, capture_output=True, text=True, env=env, timeout=300)


def test_first_ask_builds_the_index_then_batch_and_console_answer(tmp_path):
    data = tmp_path / "fresh"
    batch = tmp_path / "questions.txt"
    batch.write_text("较大事故街道主任会受什么处理\n给我讲个笑话\n", encoding="utf-8")
    done = wenze("ask", "--json", "--batch", str(batch), data=data)
    assert done.returncode == 0, done.stderr
    first, joke = (json.loads(line) for line in done.stdout.splitlines())
    assert first["source"] == "rules" and "责令公开道歉" in first["answer"]
    assert first["citations"][0]["label"] == "《深圳市党政领导干部问责暂行规定》第十四条"
    assert joke["grounded"] is False and joke["source"] == "none"
    assert (data / "index" / "CURRENT").exists() and (data / "wenze.db").exists()

    chat = wenze("start", data=data, input="较大事故街道主任会受什么处理\nexit\n")
    assert chat.returncode == 0, chat.stderr
    assert "对街道党政领导正职责令公开道歉" in chat.stdout and "> 第十四条 发生较大公共安全责任事故后" in chat.stdout

    export = wenze("audit", "export", data=data)
    assert [json.loads(x)["channel"] for x in export.stdout.splitlines()] == ["batch", "batch", "console"]
