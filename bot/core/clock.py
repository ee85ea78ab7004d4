"""A time of day said in words (半夜, 凌晨, 晚上), held against a text's clock range ("22时至次日6时之间
至少巡查1次"): the asker names the hours by their everyday name, the text by the clock, and they
share no word, so retrieval's gate closed on "半夜也得有人去巡查吗" before anything compared them.

The everyday names of the parts of a day are a closed class of the language, each a span of hours
(as a 量词 is a unit); a clock range in a text (N时至M时, N时至次日M时, N:00至M:00) is a span too. A
sentence speaks of the time asked when its range overlaps the word's span and it says the act asked
(巡查): "半夜也得巡查吗" is answered by the 22时至次日6时 sentence, not by 每月巡查1次, nor by an
8时至18时 range."""
from __future__ import annotations

import re
import unicodedata

from rules.checking.numerals import _value

# The parts of a day by their everyday names, as spans of hours on a clock that runs past 24 into
# the next morning (夜里 22 to 6 is 22–30)
DAY_PARTS: dict[str, tuple[int, int]] = {
    "半夜": (23, 27), "深夜": (23, 28), "午夜": (23, 25), "后半夜": (24, 29), "凌晨": (24, 30),
    "夜里": (21, 30), "夜间": (21, 30), "夜晚": (19, 30), "晚上": (18, 24), "晚间": (18, 24),
    "傍晚": (17, 19), "清晨": (5, 8), "早上": (6, 9), "上午": (8, 12), "中午": (11, 13),
    "下午": (13, 18), "白天": (6, 18),
}
_PART = re.compile("|".join(sorted(DAY_PARTS, key=len, reverse=True)))
_HOUR = r"([0-9]{1,2}|[零〇一二两三四五六七八九十]{1,3})(?:时|点|:00|：00)"
# A clock range: 22时至次日6时, 8时至18时, 22:00至6:00, 晚10点到早6点
_RANGE = re.compile(rf"{_HOUR}(?:[0-9]{{1,2}}分)?\s*(?:至|到|-|—|~|～)\s*(次日|翌日|第二天)?{_HOUR}")
_SENTENCES = re.compile(r"[。；;\n]")


def day_part(question: str) -> tuple[int, int] | None:
    """The span of hours a question's everyday name of a time of day gives, or None."""
    m = _PART.search(question)
    return DAY_PARTS[m.group(0)] if m else None


def _ranges(sentence: str) -> list[tuple[int, int]]:
    out = []
    for m in _RANGE.finditer(unicodedata.normalize("NFKC", sentence)):
        a, b = _value(m.group(1)), _value(m.group(3))
        if a is None or b is None:
            continue
        start, end = int(float(a)), int(float(b))
        if m.group(2) or end <= start:
            end += 24                # into the next morning
        out.append((start, end))
    return out


def overlaps(span: tuple[int, int], sentence: str) -> bool:
    """A clock range of `sentence` that shares hours with `span` (either on the same day or the
    next: 凌晨 0–6 is 24–30)."""
    for start, end in _ranges(sentence):
        for shift in (0, 24, -24):
            if start + shift < span[1] and span[0] < end + shift:
                return True
    return False


def said_at(span: tuple[int, int], words: tuple[str, ...], text: str) -> bool:
    """A sentence of `text` that says one of `words` (the act asked) with a range overlapping `span`."""
    return any(overlaps(span, s) and any(w in s for w in words) for s in _SENTENCES.split(text))


def timed_passages(kb, span: tuple[int, int], words: tuple[str, ...]) -> list:
    """The articles of the regulations held (not the national laws) that say the act asked at a
    clock range overlapping the time of day asked, read off every chunk (the gate closes on the
    asker's everyday words before ranking compares them)."""
    if not words:
        return []
    laws = getattr(kb, "laws", set())
    out, seen = [], set()
    for c in kb.chunks:
        key = (c.meta["doc_id"], c.meta.get("article"))
        if c.meta.get("doc_kind") != "regulation" or key[0] in laws or key[1] is None or key in seen:
            continue
        if said_at(span, words, c.text):
            p = kb.article(key[1], key[0])
            if p is not None:
                seen.add(key)
                out.append(p)
    return out


__all__ = ["DAY_PARTS", "day_part", "overlaps", "said_at", "timed_passages"]
