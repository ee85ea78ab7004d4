"""Builds the word table the relevance gate reads questions with (knowledge/data/words.sqlite).

    python -m knowledge.build_words           # rewrite the shipped table from the installed jieba
    python -m knowledge.build_words --check   # exit 1 when the shipped table is not what it derives

Why a table and not jieba itself: loading jieba's dictionary, its tagger and its IDF table costs
about a second at every process start, and the gate needs only three facts per word, all of them
jieba's data: how often the word occurs (to cut a question the way jieba's dictionary cut does),
its part of speech (to leave out particles and question words) and its IDF in general Chinese (to
weigh what is left). This module copies those facts out of jieba's own files, through jieba's own
loaders, into an SQLite file that a question reads with one query. jieba is used here as a data
source only, at build time; nothing at question time imports it.

jieba (https://github.com/fxsjy/jieba) is MIT-licensed; the table carries its licence notice in
its `meta` table and in knowledge/data/README.md. tests/test_words.py checks that the shipped
table is exactly what this module derives from the installed jieba, so it cannot drift from it.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

from knowledge.words import TABLE

LICENCE = ("Derived from jieba's dict.txt and analyse/idf.txt (https://github.com/fxsjy/jieba), "
           "MIT License, Copyright (c) 2013 Sun Junyi")


def derive() -> tuple[list[tuple[str, int, str, int | None]], dict[str, str]]:
    """Every word of jieba's dictionary that it counts (frequency > 0) as (word, frequency, part
    of speech, IDF in thousandths or None when jieba's IDF table lacks it), sorted (an integer of
    two bytes instead of a float of eight: the table is 7.2 MB instead of 8.8); and the facts the reader needs
    beside them: the dictionary's total frequency (jieba's `Tokenizer.total`), the median IDF that
    jieba.analyse gives an unknown word, the longest word's length and jieba's version."""
    import jieba
    import jieba.analyse

    words: dict[str, tuple[int, str]] = {}
    with jieba.get_dict_file() as f:         # the file jieba's Tokenizer and POSTokenizer read
        for raw in f:
            word, freq, tag = raw.decode("utf-8").strip().split(" ")
            words[word] = (int(freq), tag)   # a later line wins, as in jieba's own loaders
    idf = jieba.analyse.default_tfidf.idf_freq
    rows = sorted((w, freq, tag, None if w not in idf else round(idf[w] * 1000))
                  for w, (freq, tag) in words.items() if freq > 0)
    meta = {
        "total": str(sum(freq for _, (freq, _) in words.items())),
        "median_idf": repr(jieba.analyse.default_tfidf.median_idf),
        "max_len": str(max(len(w) for w, *_ in rows)),
        "jieba": version("jieba"),
        "licence": LICENCE,
    }
    return rows, meta


def write(path: Path) -> None:
    """The table, written whole to a new file and moved over the old one."""
    rows, meta = derive()
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE words (word TEXT PRIMARY KEY, freq INTEGER NOT NULL, tag TEXT NOT NULL, idf_milli INTEGER)
            WITHOUT ROWID;
    """)
    db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
    db.executemany("INSERT INTO words VALUES (?, ?, ?, ?)", rows)
    db.commit()
    db.execute("VACUUM")
    db.close()
    tmp.replace(path)


def read(path: Path) -> tuple[list[tuple[str, int, str, int | None]], dict[str, str]]:
    """What a table holds, in the shape `derive` returns."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT word, freq, tag, idf_milli FROM words ORDER BY word").fetchall()
        return rows, dict(db.execute("SELECT key, value FROM meta").fetchall())
    finally:
        db.close()


def differences(path: Path = TABLE) -> Iterator[str]:
    """How the shipped table differs from what the installed jieba gives (nothing when equal)."""
    if not path.exists():
        yield f"{path} is missing"
        return
    (rows, meta), (want_rows, want_meta) = read(path), derive()
    for key in sorted(set(meta) | set(want_meta)):
        if meta.get(key) != want_meta.get(key):
            yield f"meta {key}: {meta.get(key)!r} in the table, {want_meta.get(key)!r} derived"
    if rows != want_rows:
        have, want = set(rows), set(want_rows)
        yield f"words: {len(have - want)} rows only in the table, {len(want - have)} only derived"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare the shipped table, write nothing")
    args = ap.parse_args(argv)
    if args.check:
        diff = list(differences())
        print("\n".join(diff) or f"{TABLE} is what jieba {version('jieba')} gives")
        return 1 if diff else 0
    write(TABLE)
    print(f"{TABLE}: {TABLE.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
