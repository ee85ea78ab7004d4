"""A particle moved is no term transposed: "作出不予通过的决定" for "作出不予通过决定的".

`transposed` reads "XY" said for the passage's "YX" as two parts of a term exchanged in place
(违法行政 for 行政违法). When one of the two parts is only a function word (的, 了, 之), the
sentence has moved that word, not exchanged two words of a term: "…决定的" closes a situation
(…的情形) and "…的决定" names what was decided, the same act. Both parts must be content words
for the order to be a different term.
"""
from __future__ import annotations


def particle_moved(said: str, source: str, function: set[str] | str) -> bool:
    """True when `said` is `source` rotated and one of the two rotated parts is made only of
    function characters."""
    if len(said) != len(source):
        return False
    for k in range(1, len(said)):
        if source == said[k:] + said[:k]:
            if all(ch in function for ch in said[:k]) or all(ch in function for ch in said[k:]):
                return True
    return False
