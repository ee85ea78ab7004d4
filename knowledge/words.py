"""A question cut into jieba's dictionary words, with their part of speech and general-Chinese
IDF, read from the shipped word table (knowledge/data/words.sqlite, built from jieba's own files
by `python -m knowledge.build_words`).

Why not jieba itself: loading its dictionary, tagger and IDF table costs about a second at every
process start, for a question of twenty characters. The table answers the question's substrings
with one indexed query instead, and opening it costs milliseconds.

The cut is the one jieba's dictionary gives (`jieba.cut(text, HMM=False)`): of the ways to cut a
run of Chinese characters into dictionary words, the one whose word frequencies multiply highest
(tests/test_words.py compares the two on every question in tests/data). What jieba adds on top,
an HMM that guesses words its dictionary lacks (问责 is not in it), is left out: such a run comes
out as single characters, each with its own dictionary entry.
"""
from __future__ import annotations

import math
import sqlite3
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "words.sqlite"

# SQLite's default limit on the parameters of one statement is 32,766; a question stays far below
# it, a pasted page is read in parts
_BATCH = 5000


@dataclass(frozen=True)
class Word:
    text: str
    tag: str              # jieba's part of speech, "x" for a character its dictionary lacks
    idf: float            # IDF in general Chinese; jieba's median for a word its IDF table lacks


class _Table:
    """The open word table: read-only, shared by threads under a lock."""

    def __init__(self) -> None:
        self.db = sqlite3.connect(f"file:{TABLE}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self.lock = threading.Lock()
        meta = dict(self.db.execute("SELECT key, value FROM meta"))
        self.log_total = math.log(int(meta["total"]))
        self.median_idf = float(meta["median_idf"])
        self.max_len = int(meta["max_len"])

    def lookup(self, substrings: set[str]) -> dict[str, tuple[int, str, float]]:
        """Of these strings, the dictionary's words: frequency, part of speech, IDF."""
        out: dict[str, tuple[int, str, float]] = {}
        items = sorted(substrings)
        with self.lock:
            for start in range(0, len(items), _BATCH):
                part = items[start:start + _BATCH]
                for word, freq, tag, idf in self.db.execute(
                        f"SELECT word, freq, tag, idf_milli FROM words WHERE word IN ({','.join('?' * len(part))})", part):
                    out[word] = (freq, tag, self.median_idf if idf is None else idf / 1000)
        return out


@cache
def _table() -> _Table:
    return _Table()


def cut(runs: list[str]) -> list[list[Word]]:
    """Each run of Chinese characters cut into dictionary words, in order (one query for all
    runs)."""
    table = _table()
    found = table.lookup({run[i:j] for run in runs for i in range(len(run))
                          for j in range(i + 1, min(len(run), i + table.max_len) + 1)})
    cuts: list[list[Word]] = []
    for run in runs:
        words: list[Word] = []
        n = len(run)
        # best[i]: the highest log-probability of cutting run[i:], and where its first word ends
        best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)
        for i in range(n - 1, -1, -1):
            ends = [j for j in range(i + 1, min(n, i + table.max_len) + 1) if run[i:j] in found] or [i + 1]
            best[i] = max((math.log(found[run[i:j]][0] if run[i:j] in found else 1) - table.log_total
                           + best[j][0], j) for j in ends)
        i = 0
        while i < n:
            j = best[i][1]
            freq_tag_idf = found.get(run[i:j])
            tag, idf = (freq_tag_idf[1], freq_tag_idf[2]) if freq_tag_idf else ("x", table.median_idf)
            words.append(Word(run[i:j], tag, idf))
            i = j
        cuts.append(words)
    return cuts
