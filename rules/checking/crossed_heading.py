"""A section heading said with a sibling heading's words: "推行行政问责制是深圳市反腐倡廉形势发展的必然
要求", where the paper heads 一（四） "…反腐倡廉形势发展的必然结果" and 一（三） "…民主政治发展的必然要求"
(branch holesa).

A paper or report states its points in parallel headings that share most of their words (推行行政问责
制是深圳市…的必然…). A clause that restates one heading but ends with another's word joins two points
into one the text never makes, and the support test, weighing character pairs against the section's
body (which speaks of 反腐倡廉 and of 要求 somewhere), passed it. heading_restated.py holds a sentence
that is exactly a heading; this reads the near miss.

The reading, per clause: the heading of the document that shares most of the clause's character
pairs, when it holds at least half of them and they are half of its own, is the one restated
(titles in 《》 are names, not the clause's words). The characters of the clause no
pair of that heading covers are its changes; a run of two or more of them that is a word of a sibling
heading (a heading of the same document, the word not shared by most of its headings), and of no
part of the restated heading, is that sibling's point moved into this one: the clause is wrong. A change no sibling has (a paraphrase) is left to the
support test.
"""
from __future__ import annotations

import re

from .sources import SourceSet, bare

MIN_CLAUSE = 8
MIN_SHARE = 0.5
_CLAUSES = re.compile(r"[，,；;。！!？?：:]")
_LEADING = re.compile(r"^(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)")
_TITLE = re.compile(r"《[^》]*》")
# the last source set's headings, kept with its passages: an id alone may be reused by a later set
# once the first is freed, and would hand it another regulation's headings
_cache: dict[int, tuple[list, dict[str, list[str]]]] = {}


def _headings(sources: SourceSet) -> dict[str, list[str]]:
    """Each document's own section headings (the last part of a passage's heading path)."""
    key = id(sources.passages)
    kept = _cache.get(key)
    got = kept[1] if kept is not None and kept[0] is sources.passages else None
    if got is None:
        got = {}
        for p in sources.passages:
            if p.heading:
                own = bare(p.heading.split(" ")[-1])
                if len(own) >= MIN_CLAUSE and own not in got.setdefault(p.doc_id, []):
                    got[p.doc_id].append(own)
        _cache.clear()
        _cache[key] = (sources.passages, got)
    return got


def _pairs(t: str) -> set[str]:
    return {t[i:i + 2] for i in range(len(t) - 1)}


def crossed(sentence: str, sources: SourceSet) -> str:
    """Why a clause of the sentence joins one heading with a sibling heading's words, or ""."""
    heads = _headings(sources)
    if not heads:
        return ""
    for clause in _CLAUSES.split(sentence):
        c = bare(_LEADING.sub("", _TITLE.sub("", clause.strip())))
        if len(c) < MIN_CLAUSE:
            continue
        mine = _pairs(c)
        for doc, hs in heads.items():
            scored = sorted(((len(mine & _pairs(h)) / len(mine), h) for h in hs), reverse=True)
            if not scored or scored[0][0] < MIN_SHARE:
                continue
            best = scored[0][1]
            if c in best or len(mine & _pairs(best)) < MIN_SHARE * len(_pairs(best)):
                continue                 # (the heading itself, or too little of it to be restated)
            held = _pairs(best)
            covered = [False] * len(c)
            for i in range(len(c) - 1):
                if c[i:i + 2] in held:
                    covered[i] = covered[i + 1] = True
            for run in re.finditer(r"0{2,}", "".join("1" if x else "0" for x in covered)):
                word = c[run.start():run.end()]
                if 2 * sum(word in h for h in hs) > len(hs):
                    continue             # (a word most headings share is the document's, no sibling's)
                for h in hs:
                    if h != best and word in h:
                        return f"“{clause.strip()}”把“{h}”的“{word}”安在了“{best}”上。"
    return ""
