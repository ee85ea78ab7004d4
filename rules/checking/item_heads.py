"""The head of a list's last item: "…、安全生产、医疗卫生这几个领域发生公共安全事故的情形".

`support.added_items` finds an item added to a list the passage gives when the item's words are
not the passage's. The last item carries what the sentence says after the list; when that is the
passage's own continuation (…领域发生公共安全事故的), its pairs made the substituted item look
found. The head of the last item is what comes before the first run of four characters the passage
has; where that run does not start the item, the head alone is the item. An item the passage has
word for word from its start keeps its whole text.
"""
from __future__ import annotations

_RUN = 4
_CLOSE = "等"        # the word that closes a list the passage leaves open


def head(item: str, plain: str) -> str:
    """The last item without the passage's words that follow it (the item itself when it opens
    with the passage's words, or nothing of the passage follows it)."""
    for i in range(len(item) - _RUN + 1):
        run = item[i:i + _RUN]
        if run in plain:
            closed = any(plain[:k].endswith(_CLOSE) for k in _starts(plain, run))
            return item[:i] if i >= 2 and closed else item
    return item


def _starts(plain: str, run: str) -> list[int]:
    return [k for k in range(len(plain)) if plain.startswith(run, k)]
