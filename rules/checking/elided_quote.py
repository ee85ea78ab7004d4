"""A quotation with words left out: 第二条写的是“区……政府（管委会）及其工作部门领导班子成员”.

Why: a quote is looked up verbatim, and an ellipsis (……, …) inside the quotation marks says
that the writer cut words out of the source's sentence; the quote as a whole is then in no
source, and a faithful shortening was flagged as a misquote. An elided quote is the source's
words when its pieces are, in order, in one passage, each gap being words of the same sentence
of the source's clause: no gap crosses the end of a sentence or clause (。；！？, a line break, or
a comma outside brackets: "市……政府（管委会）" would join 市政府 of one member of a list to the
管委会 of the next),
none is longer than MAX_GAP characters, and none holds a word that turns what follows around
(不, 未, 无, 非, 没, 除, 但): an ellipsis that cuts a negation or an exception out says what the
source does not. The longest piece must be long enough to place the quote (MIN_PIECE).
"""
from __future__ import annotations

import re

from .sources import SourceSet, squash

_ELLIPSIS = re.compile(r"…+|\.{3,}")
_STOP = re.compile(r"[。；;！!？?\n]")
_TURN = re.compile(r"[不未无非没除但]")
MAX_GAP = 40
MIN_PIECE = 6


def _open_comma(gap: str) -> bool:
    """True when the gap has a comma outside brackets."""
    depth = 0
    for ch in gap:
        depth += 1 if ch in "(（[【" else -1 if ch in ")）]】" else 0
        if ch in ",，" and depth <= 0:
            return True
    return False


def _placed(pieces: list[str], text: str) -> bool:
    """True when the pieces are in `text` in order, each gap short and inside one sentence."""
    starts = [m.start() for m in re.finditer(re.escape(pieces[0]), text)] if pieces[0] else [0]
    for s in starts:
        at, ok = s + len(pieces[0]), True
        for piece in pieces[1:]:
            window = text[at:at + MAX_GAP + len(piece)]
            k = window.find(piece)
            if k < 0 or _STOP.search(window[:k]) or _TURN.search(window[:k]) or _open_comma(window[:k]):
                ok = False
                break
            at += k + len(piece)
        if ok:
            return True
    return False


def within(quote: str, texts: list[str]) -> bool:
    """True when `quote` holds an ellipsis and is the words of one of `texts` with words left
    out (see the module docstring)."""
    if not _ELLIPSIS.search(quote):
        return False
    pieces = [p for p in (squash(x) for x in _ELLIPSIS.split(quote)) if p]
    if not pieces or max(len(p) for p in pieces) < MIN_PIECE:
        return False
    return any(_placed(pieces, squash(t)) for t in texts)


def verbatim(quote: str, sources: SourceSet) -> bool:
    """True when `quote` holds an ellipsis and is the words of a passage of the sources with
    words left out (“……不予问责”, cut at one end only, is its piece verbatim)."""
    if not _ELLIPSIS.search(quote):
        return False
    return within(quote, [p.text for p in sources.passages])
