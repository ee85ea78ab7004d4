"""A clause past the end of its figure's sentence: "本办法自2037年5月1日起施行，《…暂行办法》同时废止"
restates two sentences of the text ("本办法自2037年5月1日起施行。2029年8月5日发布的《…》同时废止。")
joined by a comma, the second without its date.

The pairing test (support.mispaired) holds each clause after a figure of the sentence to the
words after the same figure in the text; the second clause was found after the text's 5 (8月5日
发布的…同时废止) and not after the 1, and was called a figure paired with another's words. But the
1's own words in the text end its sentence (日起施行。), and the sentence has said them all in an
earlier clause: what follows is no longer said of the 1 at all. Read here: after a figure whose
words in the text close their sentence, once a clause of the draft has said those words, a clause
after it that is word for word the text's words beside another figure (every content pair of it)
is that other sentence said without its figure, not a swap; a clause with any word changed (同时施行
for 同时废止) is still held to the figure (support.mispaired decides it as before)."""
from __future__ import annotations

import re

from .sources import bigrams

SAID = 0.8            # share of the figure's own words an earlier clause must say


def closes_sentence(fig: str, tail: str, plain: str) -> bool:
    """Whether the text's words `tail` after `fig` end a sentence of the text (`plain`, squashed).
    A ； closes no sentence: the clauses it cuts are the grades of one rule (…处1万元以上3万元以下罚款；
    有第（六）项情形的，处3万元以上5万元以下罚款，并责令停业整顿), and a clause said of one grade with
    the words of another is the swap the pairing test is there to catch."""
    return bool(tail) and re.search(rf"(?<![\d.]){re.escape(fig)}{re.escape(tail)}(?:[。！？!?\n]|$)", plain) is not None


def past_end(fig: str, own_tails: list[str], said_before: str, plain: str) -> bool:
    """Whether the clauses said so far after the figure (`said_before`) already said the whole of
    one of its own tails, a tail that closes its sentence in the text."""
    if not said_before:
        return False
    have = bigrams(said_before)
    for t in own_tails:
        g = bigrams(t)
        if len(g) >= 2 and len(g & have) / len(g) >= SAID and closes_sentence(fig, t, plain):
            return True
    return False
