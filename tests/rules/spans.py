"""Where a rule row's span must be found: its article, narrowed to its paragraph (款) and item (项).

A paragraph is a line of the article that is not an item; the items (（一）…) after a paragraph
belong to it. Shared by the tests of the shipped and of the fictional regulation.
"""
from __future__ import annotations

import re

from rules.references import int_cn
from rules.schema import Source

_ITEM = re.compile(r"^（[零一二三四五六七八九十]+）")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def part_of(article_text: str, src: Source) -> str:
    """The text of `src`'s paragraph and item within its article's text ("" when there is none)."""
    paragraphs: list[list[str]] = []
    for line in (ln.strip() for ln in article_text.splitlines()):
        if not line:
            continue
        if _ITEM.match(line) and paragraphs:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    lines = [ln for p in paragraphs for ln in p]
    if src.paragraph:
        lines = paragraphs[src.paragraph - 1] if src.paragraph <= len(paragraphs) else []
    if src.item:
        lines = [ln for ln in lines if ln.startswith(f"（{int_cn(src.item)}）")]
    return "".join(lines)
