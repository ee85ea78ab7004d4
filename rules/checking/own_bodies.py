"""A short clause naming bodies, read with the statement that names them, not the one before it.

`aligned` chooses the statement each clause of a sentence restates by the clause's words with its
bodies, figures and polarity words left out (a body is left out so that a swapped body is caught).
"市人民政府可以对区人民政府通报批评" has nearly nothing left then (可以对), so it is read with the
statement the clause before it restates; when the sentence joins with a comma what the text says
in two statements ("区人民政府应当…作出书面检查；市人民政府可以对区人民政府予以通报批评"), the clause
is held to the wrong one: its bodies are "not that statement's" and its 可以 "that statement's
应当". Read here: another statement of the text that holds every body of the clause, in the
clause's order, and nearly all of the clause's words with them (all but a particle such as 予以)
is the one the clause restates. A clause whose bodies are swapped (区 for 市) finds no such
statement and is read with the one before, as it was.

(g20alarm) A clause naming one body (…不适用于…的管理单位，改为通报批评) is read so too, but only with the
statement that follows the one before it in the same article: "前款第（三）项、第（四）项不适用于…；对其管理单位，
改为通报批评" is one article's two statements joined by a comma in the sentence.
"""
from __future__ import annotations
from .ordered import in_order


MIN_OWN = 0.75        # share of the clause's pairs (bodies kept) in the statement that names them


def _in_order(bodies: list[str], text: str, clause: str) -> bool:
    """Whether the bodies come in the text in the order the clause says them."""
    return in_order(sorted(bodies, key=clause.find), text)


def own_statement(clause: str, bodies: list[str], units: list, before, pairs: set[str]):
    """(the statement, its share) that says the clause with all its bodies, other than `before`;
    None when no statement does."""
    if not bodies or len(pairs) < 4:
        return None
    best = None
    for u in units:
        if u is before or not all(b in u.text for b in bodies) or not _in_order(bodies, u.text, clause):
            continue
        if len(bodies) < 2 and not _next_of(u, before, units):
            continue        # (one body: only the statement right after the one before, g20alarm)
        share = len(pairs & u.grams) / len(pairs)
        if share >= MIN_OWN and (best is None or share > best[1]):
            best = (u, share)
    return best


def _next_of(u, before, units: list) -> bool:
    """Whether statement `u` comes right after `before` in the same article."""
    i = next((k for k, x in enumerate(units) if x is before), None)
    return i is not None and i + 1 < len(units) and units[i + 1] is u and u.article == before.article
