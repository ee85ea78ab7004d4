"""`make bench` runs from the repository alone: its question files ship with it, and the scripts run."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_the_bench_question_files_are_inside_the_repository():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import answer_bench
    import retrieval_bench

    for path in (retrieval_bench.DEFAULT_QUESTIONS, answer_bench.DATA / "dev_questions.yaml"):
        assert path.resolve().is_relative_to(REPO) and path.is_file()
    tracked = subprocess.run(["git", "ls-files", "tests/data"], cwd=REPO, capture_output=True, text=True).stdout
    assert "tests/data/dev_questions.yaml" in tracked
    questions = answer_bench.unique_questions()
    assert len(questions) == len(set(questions)) >= 700
    make = (REPO / "Makefile").read_text()
    assert "benchmarks/retrieval_bench.py\n" in make and "benchmarks/answer_bench.py\n" in make


@pytest.mark.slow
@pytest.mark.parametrize("script, says", [("answer_bench.py", r"capacity .*: [\d.]+ answers/s \(Telegram: 30"),
                                          ("retrieval_bench.py", r"\| recall@3 \| [\d.]+ \|")])
def test_the_bench_scripts_run_in_quick_mode(script, says, tmp_path, kb, session_data_dir):
    import os
    import shutil

    # the session's index, copied: the scripts measure answering, not building the index again
    shutil.copytree(session_data_dir / "index", tmp_path / "index", ignore=shutil.ignore_patterns("write.lock"))
    env = {**os.environ, "WENZE_DATA_DIR": str(tmp_path), "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / script), "--quick"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    assert re.search(says, done.stdout), done.stdout
