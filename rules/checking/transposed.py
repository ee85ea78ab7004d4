"""A transposition: two characters (or two two-character words) of a restated term exchanged in
place ("行政违法行为" for 违法行政行为, "教惩结合" for 惩教结合).

Why: an alignment reads "XY" for the passage's "YX" as X deleted before Y and inserted after it
(a deletion plus an insertion), and neither the support test's coverage nor a substitution sees
anything changed: every character pair but one is the passage's. Here each clause of a sentence
is aligned with the passage clause (or sentence) it restates most closely, the pattern deletion -
match - insertion of the same stretch is read as a transposition, and it is an exchanged term
when the order the sentence gives occurs nowhere in the passage sentence it restates: 违法行政
is not 行政违法. A reordering that sentence itself uses is no exchange.
"""
from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from . import particles as backlog_particles
from .exchanged import MIN_CLAUSE, MIN_FRAME, MIN_SHARE, _FUNCTION, _closest, restating

MAX_PART = 2            # characters of each of the two exchanged parts


def _rotation(said: str, source: str) -> bool:
    """"XY" for "YX", each part one or two characters."""
    return len(said) == len(source) and any(
        source == said[k:] + said[:k] and k <= MAX_PART and len(said) - k <= MAX_PART for k in range(1, len(said)))


def _strip(a: str, b: str) -> tuple[str, str]:
    """The two spans without what they share at both ends (违法行政行 / 行政违法行 share 行)."""
    while a and b and a[0] == b[0]:
        a, b = a[1:], b[1:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    return a, b


def _swaps(clause: str, target: str, plain: str) -> list[str]:
    ops = SequenceMatcher(None, clause, target, autojunk=False).get_opcodes()
    if sum(i2 - i1 for op, i1, i2, _, _ in ops if op == "equal") < MIN_SHARE * len(clause):
        return []
    out = []
    for k in range(len(ops) - 2):
        (o1, a1, _, b1, _), (o2, *_), (o3, _, e2, _, f2) = ops[k:k + 3]
        if o2 != "equal" or {o1, o3} != {"delete", "insert"}:
            continue
        said, source = _strip(clause[a1:e2], target[b1:f2])
        if not _rotation(said, source) or all(ch in _FUNCTION for ch in said) or \
                backlog_particles.particle_moved(said, source, _FUNCTION):
            continue
        framed = any(op == "equal" and i2 - i1 >= MIN_FRAME for op, i1, i2, _, _ in ops[:k] + ops[k + 3:])
        if framed and said not in plain:
            out.append(f"{said}（原文：{source}）")
    return out


def transposed(sentence: str, text: str) -> list[str]:
    """(A fresh list; the reading is cached: the support test asks it once per passage tried.)"""
    return list(_transposed(sentence, text))


@lru_cache(maxsize=2048)
def _transposed(sentence: str, text: str) -> tuple[str, ...]:
    """The transposed terms of the sentence as "XY（原文：YX）"; [] when none."""
    out: list[str] = []
    for clause, (clauses, sentences), _ in restating(sentence, text, MIN_CLAUSE - 2):
        for targets in (clauses, sentences):
            best = _closest(clause, targets)
            # the order the passage sentence itself uses elsewhere is no exchange
            around = next((x for x in sentences if best and best in x), best)
            found = _swaps(clause, best, around) if best else []
            if found:
                out += found
                break
    return tuple(out)
