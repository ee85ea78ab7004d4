"""A quote given under an article's label ("是第十一条第二款：“…”", "第十条规定：“…”").

Why: a sentence whose only words besides the quote are the label and a reporting verb says that
the quoted words are the labelled article's (or paragraph's). The quote check only asked that
the words be somewhere in the sources, so the words of 第十条第二款 given as 第十一条第二款
passed as 原文. Here the quote must be in the passages the label names: the paragraph (款) when
it names one, else the whole article; a paragraph the article does not have is no place for it.
Several articles named: the quote must be in one of them. A sentence naming no article is left
to the quote check.
"""
from __future__ import annotations

from typing import Callable

from .elided_quote import within as elided_within
from .sources import SourceText, bare


def misplaced(quotes: list[str], named: list[SourceText], text_of: Callable[[SourceText], str],
              missing: list[str]) -> str | None:
    """Why the quotes are not the labelled passage's words, or None. `text_of` gives the text the
    label names of each article (its paragraph when one is named); `missing` are the problems of
    paragraphs and items the label names that the article lacks."""
    if not named or not quotes:
        return None
    if missing:
        return missing[0]
    held = [bare(text_of(p)) for p in named]
    # (r18alarm) a quote with words left out (……) is the passage's when its pieces are (elided_quote.py)
    off = [q for q in quotes if not any(bare(q) in h for h in held)
           and not elided_within(q, [text_of(p) for p in named])]
    if off:
        return f"引文“{off[0][:30]}”不是{'、'.join(p.label for p in named)}的原文。"
    return None
