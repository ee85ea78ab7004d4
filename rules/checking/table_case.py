"""The asker's case classed into a row of a grading table: "一场活动里死了3个人，算哪一级？" answered
"属于一般事故" where the table grades by 死亡人数 (一般事故: 1人以上不满3人; 较大事故: 3人以上不满10人).

Why: the grade named is a row of the text and every word of the answer is found; only the asker's
figure decides the row, and nothing held it to the row's cell, so a case put in the row below its
own passed (the text's own 以上 / 不满 say which row a figure on a boundary falls in).

Read: a table of the text whose rows are named by their first cell (轻微事故, 一般事故 …) and
whose other columns are measures (死亡人数, 重伤人数 …); the case is a figure of the question (or
of the sentence, before the row it names) with its unit, and its measure is the one column whose
cells have that unit and whose header shares a character of its own (one no other such column
has: 死 of 死亡人数) with the words around the figure. A sentence that classes the case (its first
clause is the row's name, after 属于 / 算 / 是 / 定为 / 构成 and a pointer at most: "属于一般事故",
"较大事故。") holds when the row's cell for that measure admits the figure (its 以上 / 以下 / 不满 /
超过 each met) and is wrong when it does not, or when the row has nothing for that measure (—).
A question with more than one such figure, a negated class, or a measure not found is left
undecided. This reading only fails a sentence; it never passes one.
"""
from __future__ import annotations

import re

from . import numerals as N
from .class_threshold import _meets     # whether a count meets one bound (以上 / 以下 / 不满 / 超过)
from .table_rows import tables

_NUM = r"\d+(?:\.\d+)?"
_FIG = re.compile(rf"(?<![\d.第])({_NUM})\s*(?:个|名|位)?\s*(人|万元|元|小时|天|日|公顷|平方米|米)")
_BOUND = re.compile(rf"(不足|不满|少于|低于|超过)?({_NUM})(人|万元|元|小时|天|日|公顷|平方米|米)(以上|以下)?")
_CLASSING = re.compile(r"^(?:这|这种情况|这种情形|这起事故|该事故|那|就|应当|应)?(?:属于|算是?|是|定为|认定为|构成|为|归为|落在)?"
                       r"(?P<key>[\u4e00-\u9fff]{2,8}?)(?:了|的)?$")
_EMPTY = re.compile(r"^[\s—–\-－/／]*$")




def _admits(cell: str, x: float, unit: str) -> bool | None:
    """Whether a cell's range admits x (every bound of it met); None when it states none in `unit`."""
    bounds = [b for b in _BOUND.finditer(cell) if b.group(3) == unit]
    held = [_meets(x, float(b.group(2)), b.group(1), b.group(4)) for b in bounds]
    held = [h for h in held if h is not None]
    return all(held) if held else None


def _units(cells: list[str]) -> set[str]:
    return {b.group(3) for c in cells for b in _BOUND.finditer(c)}


def problem(sentence: str, question: str, texts: list[str]) -> str | None:
    """Why the sentence puts the asker's case in a row of a table whose cell does not admit it."""
    if "|" not in "".join(texts[:1]) and not any("|" in t for t in texts):
        return None
    first = re.split(r"[，,。；;！!？?]", sentence.strip())[0].strip()
    m = _CLASSING.match(first)
    if m is None or re.search(r"不|没|非|未", first):
        return None
    for text in texts:
        if "|" not in text:
            continue
        for t in tables(N.arabic(text)):
            rows = {r[0].strip("* "): r for r in t.rows if len(r[0].strip("* ")) >= 2}
            key = m.group("key")
            row = rows.get(key) or next((r for k, r in rows.items() if key == k.removesuffix("事故") or k == key + "事故"), None)
            if row is None or len(rows) < 2:
                continue
            case = N.arabic(question) + "。" + N.arabic(sentence[:sentence.find(first)])
            got = _case(case, t)
            if got is None:
                return None
            col, x, unit, said = got
            cell = row[col]
            if _EMPTY.match(cell):
                return f"{said}不在表中“{row[0]}”一行：该行{t.header[col]}为“—”"
            ok = _admits(cell, x, unit)
            if ok is False:
                holder = next((r[0] for r in t.rows if _admits(r[col], x, unit)), None)
                return f"{said}不在表中“{row[0]}”一行的{t.header[col]}“{cell}”之内" + \
                    (f"，是“{holder}”一行的" if holder else "")
            return None
    return None


def _case(case: str, t) -> tuple[int, float, str, str] | None:
    """(column, figure, unit, the words said) of the one figure of the case a column measures."""
    columns = list(range(1, len(t.header)))
    found = []
    for f in _FIG.finditer(case):
        unit = f.group(2)
        cands = [c for c in columns if unit in _units([r[c] for r in t.rows])]
        if not cands:
            continue
        around = set(re.sub(r"[^\u4e00-\u9fff]", "", case[max(0, f.start() - 6):f.start()] + case[f.end():f.end() + 4]))
        own = {c: set(t.header[c]) - set().union(*(set(t.header[o]) for o in cands if o != c)) for c in cands}
        hit = [c for c in cands if own[c] & around]
        if len(hit) == 1:
            found.append((hit[0], float(f.group(1)), unit, f.group(0)))
    return found[0] if len(found) == 1 else None
