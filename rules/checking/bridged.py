"""A clause set between two figures that the passage also sets between them: "2006年445件，占21%，
首次超过贪污贿赂类举报（330件）" where the passage says "…占21%，与2005年相比上升90.9%，首次超过贪污
贿赂类的举报（330件）". The sentence leaves out a figure the passage has between its own two (90.9),
so the clause after 21 reads, figure by figure, as if it were said of 21; it is not, when the
passage has the same two figures in that order in one sentence with the clause between them.

Held to one sentence of the passage (up to 。；) and to the order of the two figures, so a clause
moved to a figure of another year or another row ("2004年80件，首次超过…（330件）": 80 and 330 are
in different sentences of the passage) is still a swap for `support.mispaired`. Only the clauses
between the two that hold no figure count: "43家…全部明确了…，并且全部成立了责任追究机构，32家" where
the passage has "42家单位成立了责任追究机构" between 43 and 32 moves 42's clause to 43.""" 
from __future__ import annotations

import re

from .sources import bigrams

_FIGURE = r"(?<![\d.]){}(?![\d.])"


def neighbours(plain: str) -> list[tuple[str | None, str | None]]:
    """For each figure of a text, in the order `support._slots` reads them (sentence by sentence),
    the figure before it and the figure after it within its sentence (None at either end)."""
    out: list[tuple[str | None, str | None]] = []
    for part in re.split(r"[。；;\n]", plain):
        figs = re.findall(r"\d+(?:\.\d+)?", part)
        for i in range(len(figs)):
            out.append((figs[i - 1] if i else None, figs[i + 1] if i + 1 < len(figs) else None))
    return out


def bridged(first: str | None, second: str | None, pairs: set[str], plain: str, share: float, said: str) -> bool:
    """True when one sentence of the passage (`plain`, squashed) has `first`, then `second`, with
    at least `share` of the clause's content pairs in the words between them (the share with which
    the clause was found beside another figure: it is found as well between its own two), and the
    sentence's words between the two (`said`) do not restate a clause the passage gives a figure
    of its own there: "占全国一半以上" for "占全国46.9%", "全部成立了责任追究机构" for "42家单位成立了
    责任追究机构" say the left-out figure's clause without its figure, so nothing was just left out.
    The clauses touching either figure ("由原来的63种增加至108种") are the two figures' own."""
    if not first or not second or not pairs:
        return False
    mine = bigrams(re.sub(r"[\d.%％]", "", said))
    for part in re.split(r"[。；;\n]", plain):
        for a in re.finditer(_FIGURE.format(re.escape(first)), part):
            for b in re.finditer(_FIGURE.format(re.escape(second)), part[a.end():]):
                clauses = re.split(r"[，,]", part[a.end():a.end() + b.start()])
                # the clauses between them that hold no figure of their own: a clause beside a
                # figure the sentence left out is that figure's
                # (the clauses touching either figure are theirs, whatever other figure they hold)
                between = set().union(set(), *(bigrams(re.sub(r"[\d.%％]", "", c)) for i, c in enumerate(clauses)
                                               if not re.search(r"\d", c) or i in (0, len(clauses) - 1)))
                figured = [g for c in clauses[1:-1] if re.search(r"\d", c)
                           and (g := bigrams(re.sub(r"[\d.%％]", "", c)))]
                if any(len(g & mine) / len(g) >= 0.5 for g in figured):
                    continue
                if len(pairs & between) / len(pairs) >= share:
                    return True
    return False
